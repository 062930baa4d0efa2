using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// Signing an agreement asks for the passphrase again, and that question is no easier to guess at
/// than the sign-in form: the same lockout and the same rate limit. A new passphrase (recovery)
/// ends the sessions open elsewhere at once, a stolen cookie's included.
/// </summary>
public sealed class ReauthenticationTests
{
    [Fact]
    public async Task Ten_wrong_passphrases_on_the_signing_form_pause_the_account()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AddClauseAsync(id, "We tell each other when plans change.");
        await a.ProposeAsync(id);
        for (var i = 0; i < 9; i++)
        {
            Assert.Contains("doesn't match", (await a.SignAsync(id, 1, passphrase: $"wrong guess number {i}")).Find("#sign-error")!.TextContent);
        }

        await a.SignAsync(id, 1, passphrase: "the tenth wrong guess");

        var paused = await a.SignAsync(id, 1);
        using var elsewhere = app.NewPerson();
        var signIn = await elsewhere.SignInAsync(a.Username, a.Passphrase);

        Assert.Equal(HttpStatusCode.OK, paused.Status);
        Assert.Contains("paused", paused.Find("#sign-error")!.TextContent);
        Assert.Empty(paused.FindAll("#signatures li"));
        Assert.Equal(HttpStatusCode.OK, signIn.Status); // refused: the account is paused everywhere
        Assert.NotNull(signIn.Find("#signin-error"));

        // Asked through the same check as export and deletion: an empty passphrase is told the account is paused too.
        Assert.Contains("paused", (await a.SignAsync(id, 1, passphrase: "")).Find("#sign-error")!.TextContent);
    }

    [Fact]
    public async Task Signing_attempts_count_towards_the_sign_in_rate_limit()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["SamePage:RateLimits:SignIn:PermitLimit"] = "2",
            ["SamePage:RateLimits:SignIn:WindowSeconds"] = "3600",
        });
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AddClauseAsync(id, "We tell each other when plans change.");
        await a.ProposeAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await a.SignAsync(id, 1, passphrase: "wrong guess number one")).Status);
        Assert.Equal(HttpStatusCode.OK, (await a.SignAsync(id, 1, passphrase: "wrong guess number two")).Status);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await a.SignAsync(id, 1)).Status);
    }

    [Fact]
    public async Task A_new_passphrase_set_with_the_recovery_code_ends_other_sessions_at_once()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var stolen = await app.SignUpAsync();
        using var owner = app.NewPerson();

        var recovered = await owner.PostFormAsync("/recover", ("Username", stolen.Username), ("Code", stolen.RecoveryCode!), ("NewPassphrase", Names.Passphrase()));
        Assert.NotNull(recovered.Find("[data-recovery-code]"));

        var circles = await stolen.GetAsync("/circles");
        Assert.Equal(HttpStatusCode.Redirect, circles.Status);
        Assert.Contains("/signin", circles.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/circles")).Status);
    }
}
