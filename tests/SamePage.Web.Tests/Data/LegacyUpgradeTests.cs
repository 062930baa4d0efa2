using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Data.Sealing;
using SamePage.Core.Security;
using SamePage.Tests.Common;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Data sealed under the server's key before user-held keys moves to its owners' keys at their next
/// sign-in: the first member back gives the circle its key, each person's own writing moves when
/// they come back, and the old recovery code gives way to a new one shown once.
/// </summary>
public sealed class LegacyUpgradeTests
{
    private const string AlderJournal = "Foxglove private words from before";
    private const string BirchJournal = "Kestrel private words from before";

    [Fact]
    public async Task A_session_open_across_the_upgrade_signs_in_again_and_gets_its_keys()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder");
        var alder = circle[0];
        await alder.WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.PastBetrayals, AlderJournal));
        await LegacyData.DowngradeAsync(app.Services, [(alder.Username, alder.Passphrase)]);

        var stale = await alder.GetAsync(Paths.Journal(circle.Circle, 1));
        Assert.Equal(HttpStatusCode.Redirect, stale.Status);
        Assert.Equal(HttpStatusCode.OK, (await alder.GetAsync(stale.Location!)).Status);
        var form = await alder.GetAsync(stale.Location!);
        var action = form.Find("main form")!.GetAttribute("action")!;
        Assert.Equal("/signin", action); // not the address with ?returnUrl=, which the cookie handler would redirect from
        var welcome = await alder.PostFormAsync(action, ("Username", alder.Username), ("Passphrase", alder.Passphrase), ("ReturnUrl", Paths.Journal(circle.Circle, 1)));
        Assert.True(welcome.Status == HttpStatusCode.OK && welcome.Find("[data-recovery-code]") is not null, $"{welcome}: {welcome.Text}");
        Assert.Equal(Paths.Journal(circle.Circle, 1), welcome.Find("#recovery-form input[name=returnUrl]")!.GetAttribute("value"));
        var code = welcome.Find("[data-recovery-code]")!.TextContent.Trim();
        var onward = await alder.PostFormAsync("/recovery-code", ("code", code), ("returnUrl", Paths.Journal(circle.Circle, 1)), ("stored", "true"));
        Assert.Equal(Paths.Journal(circle.Circle, 1), onward.Location);
        Assert.Contains(AlderJournal, (await alder.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Each_person_s_data_moves_to_their_own_keys_when_they_next_sign_in(DatabaseProvider provider)
    {
        var before = new AppFactory(provider);
        using var circle = await CircleSetup.CreateAsync(before, "Alder", "Birch", "Cedar");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal, Stance.Fine);
        await circle[0].WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.PastBetrayals, AlderJournal));
        await circle[1].WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.PastBetrayals, BirchJournal));
        await LegacyData.DowngradeAsync(before.Services, circle.Members.Select(m => (m.Username, m.Passphrase)));
        var oldCode = circle[0].RecoveryCode!;

        await using var app = await before.RestartAsync();
        await using (var db = Databases.Open(app))
        {
            Assert.NotEmpty(await LegacyData.StillLegacyAsync(db));
        }

        // An old session holds no key that opens anything: it is asked to sign in again, not shown an error.
        using (var stale = circle[2].MoveTo(app))
        {
            var page = await stale.GetAsync(Paths.Circle(circle.Circle));
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/signin", page.Location, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await stale.GetAsync(page.Location!)).Status); // signed out: the form, not a loop
        }

        // Alder comes back first: a new recovery code, shown once; the circle and their journal read as before.
        using var alder = circle[0].MoveTo(app, keepCookies: false);
        var welcome = await alder.SignInAsync();
        var newCode = welcome.Find("[data-recovery-code]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(newCode), welcome.Text);
        Assert.NotEqual(oldCode, newCode);
        Assert.Contains(AlderJournal, (await alder.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await alder.GetAsync(Paths.Comparison(circle.Circle, 1))).Status);

        await using (var db = Databases.Open(app))
        {
            // Only what is Birch's own is left under the old key; the circle now has a key, held for
            // Birch and Cedar under the old server key until they come back.
            Assert.Equal([SealedField.ReflectionPrivate], await LegacyData.StillLegacyAsync(db));
            var wraps = await db.Memberships.AsNoTracking().Where(m => m.CircleId == circle.Circle).OrderBy(m => m.Seat).Select(m => m.WrappedCircleKey!).ToListAsync();
            Assert.Equal([true, false, false], wraps.Select(w => Envelope.IsEnvelope(w)));
        }

        using var birch = circle[1].MoveTo(app, keepCookies: false);
        Assert.NotNull((await birch.SignInAsync()).Find("[data-recovery-code]"));
        Assert.Contains(BirchJournal, (await birch.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
        Assert.Contains("Cedar", (await birch.GetAsync(Paths.Circle(circle.Circle))).Text, StringComparison.Ordinal);
        await using (var db = Databases.Open(app))
        {
            Assert.Empty(await LegacyData.StillLegacyAsync(db));
        }

        // The old recovery code no longer works; the new one does, and keeps the journal readable.
        using var recovering = app.NewPerson();
        var refused = await recovering.PostFormAsync("/recover", ("Username", alder.Username), ("Code", oldCode), ("NewPassphrase", Names.Passphrase()));
        Assert.Null(refused.Find("[data-recovery-code]"));
        await recovering.PostFormAsync("/recover", ("Username", alder.Username), ("Code", newCode!), ("NewPassphrase", Names.Passphrase()));
        Assert.Contains(AlderJournal, (await recovering.GetAsync(Paths.Journal(circle.Circle, 1))).Text, StringComparison.Ordinal);
    }
}
