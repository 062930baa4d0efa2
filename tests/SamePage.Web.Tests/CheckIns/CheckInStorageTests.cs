using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>Check-ins are never stored in plain text.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CheckInStorageTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Check_in_answers_are_stored_only_sealed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var version = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("Saffron clause sentinel"));
        var clause = Assert.Single((await AgreementSetup.VersionAsync(app, circle, version)).Document.Clauses).Id;
        const string Appreciated = "Halibut appreciation sentinel";
        const string Topic = "Rhubarb topic sentinel";
        var number = await circle[0].StartCheckInAsync(circle.Circle);
        await circle[0].CheckInAsync(circle.Circle, number, [.. Scores(5), Feeling(clause, ClauseFeeling.WantToRevisit), Appreciation(Appreciated), Topics(Topic)]);
        await circle[1].SaveCheckInAsync(circle.Circle, number, [.. Scores(2), Topics("Kumquat draft sentinel")]);

        string[] secrets = [Appreciated, Topic, "Halibut", "Rhubarb", "Kumquat", "WantToRevisit", "trusting", "\"scores\""];
        if (provider == DatabaseProvider.Sqlite)
        {
            var stored = StoredBytes.OfSqlite(app.SqliteFile);
            Assert.True(stored.Contains(circle[0].Username));
            Assert.Empty(stored.Found(secrets));
        }
        else
        {
            var stored = await PostgresDump.OfAsync(app.ConnectionString);
            Assert.True(stored.Contains(circle[0].Username));
            Assert.Empty(stored.Found(secrets));
        }
    }
}
