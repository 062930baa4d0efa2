using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// Issue 13, item 9: new passphrases have at least 12 characters (sign-up, change, recovery). One
/// from before, shorter, still opens the account; signing in with it leads to a kind note on the
/// passphrase page, with a way straight on to where the person was going.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class LongerPassphraseTests(SharedApps apps)
{
    private const string Eleven = "plum kettle";

    [Fact]
    public async Task A_new_passphrase_of_eleven_characters_is_refused_when_changing_and_recovering()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();

        var changed = await person.PostFormAsync("/account/passphrase", ("Current", person.Passphrase), ("NewPassphrase", Eleven));
        using var forgetful = app.NewPerson();
        var recovered = await forgetful.PostFormAsync("/recover", ("Username", person.Username), ("Code", person.RecoveryCode!), ("NewPassphrase", Eleven));

        Assert.Contains("at least 12 characters", changed.Find("#new-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", recovered.Find("#new-passphrase-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(recovered.Find("[data-recovery-code]"));
    }

    [Fact]
    public async Task A_shorter_passphrase_from_before_still_signs_in_and_is_asked_kindly_to_grow()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        var circle = await person.CreateCircleAsync();
        await GiveShortPassphraseAsync(app, person.Username, person.Passphrase, Eleven);
        await person.SignOutAsync();

        var signedIn = await person.PostFormAsync($"/signin?returnUrl={Uri.EscapeDataString(Paths.Circle(circle))}", ("Username", person.Username), ("Passphrase", Eleven));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.StartsWith("/account/passphrase?longer=True", signedIn.Location, StringComparison.OrdinalIgnoreCase);
        var asked = await person.FollowAsync(signedIn);
        Assert.Contains("at least 12 characters", asked.Find("#longer-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Paths.Circle(circle), asked.Find("#not-now")!.GetAttribute("href"));
        Assert.NotNull(asked.Find("form input[name=NewPassphrase]"));
        // Not a wall: everything is open meanwhile.
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(Paths.Circle(circle))).Status);

        var longer = Names.Passphrase();
        Assert.Equal(HttpStatusCode.Redirect, (await person.PostFormAsync("/account/passphrase", ("Current", Eleven), ("NewPassphrase", longer))).Status);
        await person.SignOutAsync();
        var again = await person.PostFormAsync("/signin", ("Username", person.Username), ("Passphrase", longer));
        Assert.Equal("/circles", again.Location); // asked no more
    }

    [Fact]
    public async Task A_note_address_pointing_elsewhere_leads_home_instead()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();

        var page = await person.GetAsync("/account/passphrase?longer=true&returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/circles", page.Find("#not-now")!.GetAttribute("href"));
    }

    /// <summary>Stands in for an account made before the 12-character minimum: its passphrase (verifier and key wrap) set to a shorter one.</summary>
    private static async Task GiveShortPassphraseAsync(AppFactory app, string username, string current, string shorter)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var keys = scope.ServiceProvider.GetRequiredService<AccountKeys>();
        var account = (await users.FindByNameAsync(username))!;
        var key = AccountKeys.OpenWithPassphrase(account, current)!;
        keys.WrapUnderPassphrase(account, key, shorter);
        account.PasswordHash = users.PasswordHasher.HashPassword(account, shorter);
        Assert.True((await users.UpdateAsync(account)).Succeeded);
    }
}
