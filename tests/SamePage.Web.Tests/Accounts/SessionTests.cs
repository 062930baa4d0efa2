using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// Issue 13, item 3: a session ends when it is ended. Each sign-in has a record on the server that
/// every signed-in request must find, so a copy of the cookie taken before signing out, before
/// "sign out everywhere else" or before a new passphrase is refused at once on the node that ended it
/// (and on every other node within 10 seconds: `SessionAcrossNodesTests`, decision 0019).
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class SessionTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_cookie_copied_before_signing_out_is_refused_afterwards(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var copy = person.MoveTo(app); // the same cookies, in another browser
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/circles")).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await person.SignOutAsync()).Status);

        AssertSignedOut(await copy.GetAsync("/circles"));
        AssertSignedOut(await copy.GetAsync("/account"));
    }

    [Theory, Providers]
    public async Task A_cookie_copied_before_the_quick_exit_is_refused_afterwards(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var copy = person.MoveTo(app);

        Assert.Equal(HttpStatusCode.NoContent, (await person.PostFormAsync("/signout?handler=Quick")).Status);

        AssertSignedOut(await copy.GetAsync("/circles"));
    }

    [Theory, Providers]
    public async Task After_a_passphrase_change_another_sessions_cookie_is_refused_at_once_and_this_one_stays(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var laptop = app.NewPerson();
        await laptop.SignInAsync(person.Username, person.Passphrase);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/circles")).Status);
        var newPassphrase = Names.Passphrase();

        var changed = await person.PostFormAsync("/account/passphrase", ("Current", person.Passphrase), ("NewPassphrase", newPassphrase));

        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        AssertSignedOut(await laptop.GetAsync("/circles"));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);
        var done = await person.GetAsync(changed.Location!);
        Assert.Contains("signed out now", done.Find("#passphrase-notice")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Sign_out_everywhere_else_ends_every_other_session_and_keeps_this_one(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var phone = await app.SignUpAsync();
        using var laptop = app.NewPerson();
        using var library = app.NewPerson();
        await laptop.SignInAsync(phone.Username, phone.Passphrase);
        await library.SignInAsync(phone.Username, phone.Passphrase);

        var ended = await phone.PostFormAsync("/account/sessions?handler=End", ("which", "others"), ("passphrase", phone.Passphrase));

        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        AssertSignedOut(await laptop.GetAsync("/circles"));
        AssertSignedOut(await library.GetAsync("/circles"));
        var page = await phone.GetAsync(ended.Location!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2 sessions have ended", page.Find("#sessions-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("#sessions-list li"));
        Assert.NotNull(page.Find("#sessions-only-here"));
    }

    [Theory, Providers]
    public async Task The_account_page_lists_my_sessions_by_number_and_day_and_can_end_one(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var phone = await app.SignUpAsync();
        using var laptop = app.NewPerson();
        await laptop.SignInAsync(phone.Username, phone.Passphrase);
        using var stranger = await app.SignUpAsync(); // someone else's sessions are not listed

        var settings = await laptop.GetAsync("/account");

        var rows = settings.FindAll("#sessions-list li");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Session 1", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Session 2", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[1].QuerySelector(".session-this")); // the laptop signed in second
        Assert.Null(rows[0].QuerySelector(".session-this"));
        var choices = settings.FindAll("#sessions form input[name=which]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["others", "1"], choices); // this session ends by signing out, not from here
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(today, rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", settings.Find("#sessions")!.TextContent, StringComparison.Ordinal);

        var ended = await laptop.PostFormAsync("/account/sessions?handler=End", ("which", "1"), ("passphrase", phone.Passphrase));

        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        AssertSignedOut(await phone.GetAsync("/circles"));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/circles")).Status);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/circles")).Status);
    }

    [Theory, Providers]
    public async Task Ending_a_session_by_its_number_never_ends_this_one_or_someone_elses(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var other = await app.SignUpAsync();

        foreach (var which in new[] { "1", "0", "-3", "999", "x", "", "others" })
        {
            var ended = await person.PostFormAsync("/account/sessions?handler=End", ("which", which), ("passphrase", person.Passphrase));
            Assert.Equal(HttpStatusCode.Redirect, ended.Status);
            Assert.Equal("/account/sessions?ended=0", ended.Location);
        }

        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/circles")).Status);
    }

    [Theory, Providers]
    public async Task Ending_sessions_asks_for_the_passphrase_so_a_stolen_cookie_cannot_sign_its_owner_out(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var owner = await app.SignUpAsync();
        using var thief = app.NewPerson();
        await thief.SignInAsync(owner.Username, owner.Passphrase);

        var refused = await thief.PostFormAsync("/account/sessions?handler=End", ("which", "1"), ("passphrase", "a guess at the passphrase"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("isn't your passphrase", refused.Find("#sessions-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.Find("#end-1[checked]")); // the choice is kept
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/circles")).Status);
    }

    [Theory, Providers]
    public async Task Deleting_an_account_removes_its_sessions(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var laptop = app.NewPerson();
        await laptop.SignInAsync(person.Username, person.Passphrase);
        var id = await AccountIdAsync(app, person.Username);
        Assert.Equal(2, await SessionCountAsync(app, id));

        var deleted = await person.PostFormAsync("/account/delete", ("Passphrase", person.Passphrase));

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(0, await SessionCountAsync(app, id));
        AssertSignedOut(await laptop.GetAsync("/circles"));
    }

    [Theory, Providers]
    public async Task Signing_out_removes_the_sessions_record(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        var id = await AccountIdAsync(app, person.Username);
        Assert.Equal(1, await SessionCountAsync(app, id));

        await person.SignOutAsync();

        Assert.Equal(0, await SessionCountAsync(app, id));
    }

    internal static void AssertSignedOut(WebPage page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/signin", page.Location, StringComparison.Ordinal);
    }

    internal static async Task<Guid> AccountIdAsync(AppFactory app, string username)
    {
        await using var db = Databases.Open(app);
        return await db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync();
    }

    internal static async Task<int> SessionCountAsync(AppFactory app, Guid accountId)
    {
        await using var db = Databases.Open(app);
        return await db.AccountSessions.CountAsync(s => s.AccountId == accountId);
    }
}
