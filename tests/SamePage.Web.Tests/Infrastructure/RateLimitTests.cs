using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>The doors people knock on (sign-in, sign-up, recovery, invites) slow down guessing, with a kind page.</summary>
public sealed class RateLimitTests
{
    private const int Limit = 2;

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_the_friendly_429_page()
    {
        await using var app = LowLimit("SignIn");
        using var guesser = app.NewPerson();

        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.SignInAsync("someone", $"guess number {i}")).Status);
        }

        var refused = await guesser.SignInAsync("someone", "one guess too many");

        AssertFriendly429(refused);
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/signin")).Status); // reading the page is never limited
    }

    [Fact]
    public async Task Sign_ups_beyond_the_limit_get_the_friendly_429_page()
    {
        await using var app = LowLimit("SignUp");
        for (var i = 0; i < Limit; i++)
        {
            using var person = await app.SignUpAsync();
        }

        using var oneTooMany = app.NewPerson();
        AssertFriendly429(await oneTooMany.PostFormAsync("/signup", ("Username", Names.Username()), ("Passphrase", Names.Passphrase())));
    }

    [Fact]
    public async Task Recovery_attempts_beyond_the_limit_get_the_friendly_429_page()
    {
        await using var app = LowLimit("Recovery");
        using var guesser = app.NewPerson();
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.PostFormAsync("/recover", ("Username", "someone"), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase()))).Status);
        }

        Assert429(await guesser.PostFormAsync("/recover", ("Username", "someone"), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ013"), ("NewPassphrase", Names.Passphrase())));
    }

    [Fact]
    public async Task Invite_codes_tried_beyond_the_limit_get_the_friendly_429_page()
    {
        await using var app = LowLimit("Invite");
        using var guesser = await app.SignUpAsync();
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.JoinAsync("ABCDE-FGHJK-MNPQR-STVW0", "Birch")).Status);
        }

        Assert429(await guesser.JoinAsync("ABCDE-FGHJK-MNPQR-STVW1", "Birch"));
    }

    [Fact]
    public async Task Opening_invite_links_counts_towards_the_invite_limit_but_the_join_page_itself_does_not()
    {
        await using var app = LowLimit("Invite");
        using var guesser = await app.SignUpAsync();
        for (var i = 0; i < Limit + 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/join")).Status);
        }

        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync($"/join?code=ABCDE-FGHJK-MNPQR-STVW{i}")).Status);
        }

        Assert429(await guesser.GetAsync("/join?code=ABCDE-FGHJK-MNPQR-STVWX"));
    }

    /// <summary>The recovery and join forms have a field named Code, like the status page's route value.</summary>
    [Fact]
    public async Task The_429_page_of_the_recovery_and_join_forms_explains_the_pause()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["SamePage:RateLimits:Recovery:PermitLimit"] = "1",
            ["SamePage:RateLimits:Invite:PermitLimit"] = "1",
        });
        using var guesser = await app.SignUpAsync();
        await guesser.PostFormAsync("/recover", ("Username", "someone"), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase()));
        await guesser.JoinAsync("ABCDE-FGHJK-MNPQR-STVW0", "Birch");

        AssertFriendly429(await guesser.PostFormAsync("/recover", ("Username", "someone"), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ013"), ("NewPassphrase", Names.Passphrase())));
        AssertFriendly429(await guesser.JoinAsync("ABCDE-FGHJK-MNPQR-STVW1", "Birch"));
    }

    private static AppFactory LowLimit(string policy) => new(DatabaseProvider.Sqlite, new Dictionary<string, string?>
    {
        [$"SamePage:RateLimits:{policy}:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"SamePage:RateLimits:{policy}:WindowSeconds"] = "3600",
    });

    private static void Assert429(WebPage page)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.True(page.IsHtml, $"{page} is {page.ContentType}");
        Assert.NotNull(page.Find("h1"));
        Assert.NotNull(page.Header("Content-Security-Policy"));
    }

    private static void AssertFriendly429(WebPage page)
    {
        Assert429(page);
        Assert.Contains("Let's take a short break", page.Find("h1")!.TextContent);
        Assert.Contains("wait a minute and try again", page.Text);
    }
}
