using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// Issue 13, item 9: the times kept outside sealed documents for private acts (a self-check, starting
/// a concern) are stored no finer than the day, so a stolen database does not show when someone reflected.
/// </summary>
public sealed class PrivateDaysTests
{
    private static readonly DateTimeOffset Moment = new(2031, 5, 17, 14, 37, 21, TimeSpan.Zero);

    [Theory, Providers]
    public async Task A_self_check_and_a_concern_draft_are_stored_with_their_day_and_no_time(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider, clock: new FakeTimeProvider(Moment));
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");

        await circle[0].SelfCheckAsync(circle.Circle, SelfCheckReason.DidntRealise, "Something I've been doing");
        await circle[0].DraftConcernAsync(circle.Circle, "Something I noticed");

        Assert.Equal(["2031-05-17"], await StoredAsync(app, "SelfChecks", "CreatedOn"));
        Assert.Equal(["2031-05-17"], await StoredAsync(app, "Concerns", "CreatedOn"));
        var list = await circle[0].GetAsync(Paths.SelfCheck(circle.Circle));
        Assert.Contains("17 May 2031", list.Text, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_upgrade_cuts_the_times_already_stored_to_their_day(DatabaseProvider provider)
    {
        var first = new AppFactory(provider, clock: new FakeTimeProvider(Moment));
        using var circle = await CircleSetup.CreateAsync(first, "Alder", "Birch");
        await circle[0].SelfCheckAsync(circle.Circle, SelfCheckReason.DidntRealise, "Something I've been doing");
        await circle[0].DraftConcernAsync(circle.Circle, "Something I noticed");
        first.KeepDataOnDispose = true;
        await first.DisposeAsync();

        // Back to the schema before this change, with the times of day an older release stored.
        await using (var db = Databases.Open(first))
        {
            var all = db.Database.GetMigrations().ToList();
            var mine = all.FindIndex(m => m.EndsWith("_PrivateDaysNoFinerThanTheDay", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(all[mine - 1]);
            var earlier = provider == DatabaseProvider.Postgres ? "TIMESTAMPTZ '2031-05-17 23:59:58+00'" : "'2031-05-17 23:59:58.1234567'";
            foreach (var table in new[] { "SelfChecks", "Concerns" })
            {
                var update = $"UPDATE \"{table}\" SET \"CreatedAtUtc\" = {earlier}"; // names and a literal of this test, nothing typed
                await db.Database.ExecuteSqlRawAsync(update);
            }

            Assert.Equal(["2031-05-17 23:59:58"], (await RawAsync(db, "SelfChecks", "CreatedAtUtc")).Select(v => v[..19]));
        }

        await using var upgraded = await first.RestartAsync();

        Assert.Equal(["2031-05-17"], await StoredAsync(upgraded, "SelfChecks", "CreatedOn"));
        Assert.Equal(["2031-05-17"], await StoredAsync(upgraded, "Concerns", "CreatedOn"));
        using var alder = circle[0].MoveTo(upgraded, keepCookies: false);
        await alder.SignInAsync();
        Assert.Contains("17 May 2031", (await alder.GetAsync(Paths.SelfCheck(circle.Circle))).Text, StringComparison.Ordinal);
    }

    /// <summary>The column's values exactly as the database holds them, as text.</summary>
    private static async Task<IReadOnlyList<string>> StoredAsync(AppFactory app, string table, string column)
    {
        await using var db = Databases.Open(app);
        return await RawAsync(db, table, column);
    }

    private static async Task<IReadOnlyList<string>> RawAsync(SamePageDb db, string table, string column)
    {
        var query = $"SELECT CAST(\"{column}\" AS TEXT) AS \"Value\" FROM \"{table}\""; // names of this test, nothing typed
        return await db.Database.SqlQueryRaw<string>(query).ToListAsync();
    }
}
