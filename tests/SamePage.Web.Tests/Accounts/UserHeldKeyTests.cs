using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Reflections;
using SamePage.Data;
using SamePage.Tests.Common;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// Each person's key is wrapped under their passphrase and under their recovery code: losing the
/// passphrase loses nothing with the code, a wrong code opens nothing, and a new passphrase wraps
/// the same key again without re-encrypting a single sealed value.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class UserHeldKeyTests(SharedApps apps)
{
    private const string Journal = "Heronsgate private journal words";
    private const string Shared = "Ambervale shared reflection";

    [Theory, Providers]
    public async Task Forgetting_the_passphrase_and_using_the_recovery_code_keeps_everything_readable(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await WriteAsync(circle);
        var a = circle[0];

        using var forgetful = app.NewPerson();
        var newPassphrase = Names.Passphrase();
        var recovered = await forgetful.PostFormAsync("/recover", ("Username", a.Username), ("Code", a.RecoveryCode!), ("NewPassphrase", newPassphrase));
        Assert.NotNull(recovered.Find("[data-recovery-code]"));

        // Signed in by the recovery itself, then again with the new passphrase: the journal and the circle read as before.
        Assert.Contains(Journal, (await forgetful.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
        using var later = a.MoveTo(app, keepCookies: false);
        later.Passphrase = newPassphrase;
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync()).Status);
        Assert.Contains(Journal, (await later.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
        Assert.Contains("Birch", (await later.GetAsync(Paths.Circle(circle.Circle))).Text, StringComparison.Ordinal);
        Assert.Contains(Shared, (await circle[1].GetAsync(Paths.Reflections(circle.Circle, 1))).Text, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_wrong_recovery_code_opens_nothing_and_changes_no_key(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        var before = await KeysOfAsync(app, person.Username);

        using var stranger = app.NewPerson();
        var page = await stranger.PostFormAsync("/recover", ("Username", person.Username), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase()));

        Assert.Null(page.Find("[data-recovery-code]"));
        Assert.Equal(before, await KeysOfAsync(app, person.Username));
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/circles")).Status); // still signed out
    }

    [Theory, Providers]
    public async Task A_new_passphrase_wraps_the_same_key_again_and_re_encrypts_nothing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await WriteAsync(circle);
        var a = circle[0];
        var sealedBefore = await SealedAsync(app);
        var keysBefore = await KeysOfAsync(app, a.Username);

        var newPassphrase = Names.Passphrase();
        var changed = await a.PostFormAsync("/account/passphrase", ("Current", a.Passphrase), ("NewPassphrase", newPassphrase));
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Contains("Your passphrase is changed", (await a.FollowAsync(changed)).Text, StringComparison.Ordinal);

        Assert.Equal(sealedBefore, await SealedAsync(app));
        var keysAfter = await KeysOfAsync(app, a.Username);
        Assert.NotEqual(keysBefore.Passphrase, keysAfter.Passphrase);
        Assert.Equal(keysBefore.Recovery, keysAfter.Recovery);

        // The session goes on; the old passphrase no longer signs in, the new one and the recovery code do.
        Assert.Contains(Journal, (await a.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
        using var browser = a.MoveTo(app, keepCookies: false);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(a.Username, a.Passphrase)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(a.Username, newPassphrase)).Status);
        Assert.Contains(Journal, (await browser.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
        using var recovering = app.NewPerson();
        await recovering.PostFormAsync("/recover", ("Username", a.Username), ("Code", a.RecoveryCode!), ("NewPassphrase", Names.Passphrase()));
        Assert.Contains(Journal, (await recovering.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_passphrase_changes_nothing_and_says_so_kindly()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        var before = await KeysOfAsync(app, person.Username);

        var page = await person.PostFormAsync("/account/passphrase", ("Current", "not my passphrase at all"), ("NewPassphrase", Names.Passphrase()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("That isn't your current passphrase", page.Find("#current-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await KeysOfAsync(app, person.Username));
        var weak = await person.PostFormAsync("/account/passphrase", ("Current", person.Passphrase), ("NewPassphrase", "short"));
        Assert.NotNull(weak.Find("#new-error"));
        Assert.Equal("short", weak.Find("#new-passphrase")!.GetAttribute("value"));
    }

    [Theory, Providers]
    public async Task An_invite_carries_the_circle_key_only_for_whoever_holds_its_code(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var a = await app.SignUpAsync();
        var circle = await a.CreateCircleAsync("Us", "Alder");
        var code = await a.InviteAsync(circle);

        await using (var db = Databases.Open(app))
        {
            var invite = await db.Invites.SingleAsync(i => i.CircleId == circle);
            Assert.NotNull(invite.WrappedCircleKey);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), invite.CodeHash, StringComparison.OrdinalIgnoreCase);
        }

        using var b = await app.SignUpAsync();
        await b.JoinCircleAsync(circle, code, "Birch");
        Assert.Contains("Alder", (await b.GetAsync(Paths.Circle(circle))).Text, StringComparison.Ordinal);
        await using (var db = Databases.Open(app))
        {
            var wraps = await db.Memberships.Where(m => m.CircleId == circle).Select(m => m.WrappedCircleKey).ToListAsync();
            Assert.Equal(2, wraps.Count);
            Assert.All(wraps, Assert.NotNull);
            Assert.NotEqual(wraps[0], wraps[1]); // each member's copy is wrapped under their own key
        }
    }

    private static async Task WriteAsync(CircleSetup circle)
    {
        await circle.RevealRoundAsync(1, SamePage.Core.Stances.Stance.Fine, SamePage.Core.Stances.Stance.Betrayal);
        await circle[0].WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.PastBetrayals, Journal), (ReflectionPrompts.FeelingSecure, Shared));
        await circle[0].ShareReflectionAsync(circle.Circle, 1, ReflectionPrompts.FeelingSecure);
    }

    private static async Task<(string Passphrase, string Recovery)> KeysOfAsync(AppFactory app, string username)
    {
        await using var db = Databases.Open(app);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == username);
        return (Convert.ToHexString(account.PassphraseWrappedKey!), Convert.ToHexString(account.RecoveryWrappedKey!));
    }

    /// <summary>Every sealed value in the database, as hex, by kind and row.</summary>
    private static async Task<IReadOnlyList<string>> SealedAsync(AppFactory app)
    {
        await using var db = Databases.Open(app);
        return [.. (await LegacyData.SealedValuesAsync(db)).Select(v => $"{v.Field}/{v.Id}/{Convert.ToHexString(v.Value)}").Order(StringComparer.Ordinal)];
    }
}
