using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

[Collection(SharedAppForAccounts.Name)]
public sealed class SignInTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_right_passphrase_signs_in(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var account = await app.SignUpAsync();
        using var browser = app.NewPerson();

        var page = await browser.SignInAsync(account.Username, account.Passphrase);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/circles")).Status);
    }

    [Fact]
    public async Task A_wrong_passphrase_and_an_unknown_user_get_the_same_message()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var account = await app.SignUpAsync();
        using var browser = app.NewPerson();

        var wrongPassphrase = await browser.SignInAsync(account.Username, "not the right passphrase");
        var unknownUser = await browser.SignInAsync(Names.Username("nobody"), "not the right passphrase");

        Assert.Equal(HttpStatusCode.OK, wrongPassphrase.Status);
        Assert.Equal(HttpStatusCode.OK, unknownUser.Status);
        var message = wrongPassphrase.Find("#signin-error")!.TextContent.Trim();
        Assert.Contains("don't match an account", message);
        Assert.Equal(message, unknownUser.Find("#signin-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/circles")).Status);
    }

    [Fact]
    public async Task Ten_wrong_passphrases_pause_the_account_and_the_recovery_code_unpauses_it()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var account = await app.SignUpAsync();
        using var guesser = app.NewPerson();
        for (var i = 0; i < 10; i++)
        {
            await guesser.SignInAsync(account.Username, $"wrong guess number {i}");
        }

        var paused = await guesser.SignInAsync(account.Username, account.Passphrase);

        // Refused, in the same words an unknown username gets, so a pause reveals no account.
        Assert.Equal(HttpStatusCode.OK, paused.Status);
        var unknown = await guesser.SignInAsync($"nobody-{Guid.NewGuid():N}"[..20], account.Passphrase);
        Assert.Equal(unknown.Find("#signin-error")!.TextContent.Trim(), paused.Find("#signin-error")!.TextContent.Trim());
        Assert.Contains("pauses for 15 minutes", paused.Find("#signin-error")!.TextContent);
        using var owner = app.NewPerson();
        var newPassphrase = Names.Passphrase();
        var recovered = await owner.PostFormAsync("/recover", ("Username", account.Username), ("Code", account.RecoveryCode!), ("NewPassphrase", newPassphrase));
        Assert.NotNull(recovered.Find("[data-recovery-code]"));
        using var later = app.NewPerson();
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync(account.Username, newPassphrase)).Status);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);

        var signedOut = await person.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Contains("signed out", (await person.FollowAsync(signedOut)).Text);
        var circles = await person.GetAsync("/circles");
        Assert.Equal(HttpStatusCode.Redirect, circles.Status);
        Assert.StartsWith("http://localhost/signin", circles.Location);
    }

    /// <summary>The header's "Sign out" button, posted exactly as a browser posts it (its own fields, nothing added).</summary>
    [Fact]
    public async Task The_sign_out_button_in_the_header_signs_out()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        var page = await person.GetAsync("/circles");
        var form = page.Find("header form[method=post]");
        Assert.NotNull(form);
        var fields = form.QuerySelectorAll("input[name]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToArray();

        var signedOut = await person.PostWithoutTokenAsync(form.GetAttribute("action")!, fields);

        Assert.True(signedOut.Status == HttpStatusCode.Redirect, $"{signedOut}: {signedOut.Text}");
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/circles")).Status);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var account = await app.SignUpAsync();
        using var browser = app.NewPerson();

        var local = await browser.PostFormAsync("/signin?returnUrl=%2Fcircles%2Fnew", ("Username", account.Username), ("Passphrase", account.Passphrase));
        await browser.SignOutAsync();
        var foreign = await browser.PostFormAsync("/signin?returnUrl=https%3A%2F%2Fevil.example%2F", ("Username", account.Username), ("Passphrase", account.Passphrase));

        Assert.Equal("/circles/new", local.Location);
        Assert.Equal("/circles", foreign.Location);
    }
}
