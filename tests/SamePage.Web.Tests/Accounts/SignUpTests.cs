using System.Net;
using AngleSharp.Html.Dom;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

[Collection(SharedAppForAccounts.Name)]
public sealed class SignUpTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Sign_up_with_a_username_and_passphrase_shows_a_recovery_code_once(DatabaseProvider provider)
    {
        using var person = apps.For(provider).NewPerson();

        var page = await person.SignUpAsync(Names.Username(), Names.Passphrase());

        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$", page.Find("[data-recovery-code]")!.TextContent.Trim());
        var circles = await person.GetAsync("/circles");
        Assert.Equal(HttpStatusCode.OK, circles.Status);
        Assert.Null(circles.Find("[data-recovery-code]"));
    }

    [Fact]
    public async Task A_common_passphrase_is_refused_kindly_and_the_username_is_kept()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();
        var username = Names.Username();

        var page = await person.PostFormAsync("/signup", ("Username", username), ("Passphrase", "password1234"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("[data-recovery-code]"));
        Assert.Contains("one of the first that people who guess passwords try", page.Find("#passphrase-error")!.TextContent);
        Assert.Equal(username, ((IHtmlInputElement)page.Find("input[name=Username]")!).Value);
        Assert.Equal(HttpStatusCode.OK, (await person.SignInAsync(username, "password1234")).Status); // no account: the sign-in page again
    }

    [Fact]
    public async Task An_eleven_character_passphrase_is_refused()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var page = await person.PostFormAsync("/signup", ("Username", Names.Username()), ("Passphrase", "kettle-up!!"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("[data-recovery-code]"));
        Assert.Contains("at least 12 characters", page.Find("#passphrase-error")!.TextContent);
        Assert.Contains("At least 12 characters", page.Find("#passphrase-hint")!.TextContent);
        Assert.Equal("12", page.Find("#passphrase")!.GetAttribute("minlength"));
    }

    [Fact]
    public async Task A_twelve_character_passphrase_is_accepted()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();

        await person.SignUpAsync(Names.Username(), "kettle-up!!!");
    }

    [Fact]
    public async Task A_200_character_passphrase_is_accepted_and_signs_in()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var passphrase = string.Concat(Enumerable.Range(0, 20).Select(i => $"word{i:D2}lamp")).PadRight(200, 'z');
        Assert.Equal(200, passphrase.Length);
        using var person = await app.SignUpAsync(passphrase: passphrase);
        using var again = app.NewPerson();

        var signIn = await again.SignInAsync(person.Username, passphrase);

        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.Equal("/circles", signIn.Location);
    }

    [Fact]
    public async Task A_taken_username_is_refused_kindly()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var first = await app.SignUpAsync();
        using var second = app.NewPerson();

        var page = await second.PostFormAsync("/signup", ("Username", first.Username), ("Passphrase", Names.Passphrase()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("[data-recovery-code]"));
        Assert.Contains("already taken", page.Find("#username-error")!.TextContent);
    }

    [Fact]
    public async Task A_username_differing_only_in_case_is_taken_too()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var first = await app.SignUpAsync(Names.Username("lower"));
        using var second = app.NewPerson();

        var page = await second.PostFormAsync("/signup", ("Username", first.Username.ToUpperInvariant()), ("Passphrase", Names.Passphrase()));

        Assert.Null(page.Find("[data-recovery-code]"));
        Assert.Contains("already taken", page.Find("#username-error")!.TextContent);
    }
}
