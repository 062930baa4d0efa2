using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Circle names, display names and answers are sealed before they are stored.
/// After a whole journey, the stored database holds none of them in plain text.
/// </summary>
public sealed class PlaintextStorageTests
{
    private const string CircleName = "Zephyrine Lighthouse Q7";
    private static readonly string[] DisplayNames = ["Marigold Quokka", "Thistle Wombat", "Juniper Axolotl"];

    /// <summary>"Fine" is left out: four letters can turn up by chance in kilobytes of ciphertext.</summary>
    private static readonly string[] StanceNames = [.. StanceScale.All.Where(s => s != Stance.Fine).Select(s => s.ToString())];

    private static IEnumerable<string> Secrets =>
    [
        CircleName, .. DisplayNames, .. StanceNames, "\"answers\":",
        .. TestCatalogue.Behaviours.Select(b => b.Id),
        .. TestCatalogue.Categories.Select(c => c.Id),
    ];

    [Fact]
    public async Task The_SQLite_file_holds_no_names_and_no_answers_in_plain_text()
    {
        var app = new AppFactory(DatabaseProvider.Sqlite) { KeepDataOnDispose = true };
        try
        {
            var username = await JourneyAsync(app);
            await app.DisposeAsync(); // closes the database: the write-ahead log is folded into the file

            var stored = StoredBytes.OfSqlite(app.SqliteFile);
            Assert.Equal([app.SqliteFile], stored.Files);
            Assert.True(stored.Contains(username), "The username (stored in plain text by design) should be found: is this the app's database?");
            Assert.Empty(stored.Found(Secrets));
        }
        finally
        {
            await app.DisposeAsync();
            Directory.Delete(app.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task The_SQLite_files_hold_no_names_and_no_answers_while_the_app_runs()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var username = await JourneyAsync(app);

        var stored = StoredBytes.OfSqlite(app.SqliteFile);

        Assert.Contains(app.SqliteFile + "-wal", stored.Files);
        Assert.True(stored.Contains(username));
        Assert.Empty(stored.Found(Secrets));
    }

    [Fact]
    public async Task The_PostgreSQL_database_holds_no_names_and_no_answers_in_plain_text()
    {
        if (!TestPostgres.IsConfigured)
        {
            return; // PostgresRequirementTests fails the run when PostgreSQL is required but missing.
        }

        await using var app = new AppFactory(DatabaseProvider.Postgres);
        var username = await JourneyAsync(app);

        var stored = await PostgresDump.OfAsync(app.ConnectionString);

        Assert.True(stored.Contains(username));
        Assert.Empty(stored.Found(Secrets));
    }

    /// <summary>Three people answer a revealed round with every stance, then start drafts in a second; returns a username.</summary>
    private static async Task<string> JourneyAsync(AppFactory app)
    {
        var people = new List<Person>();
        try
        {
            var host = await app.SignUpAsync(Names.Username("plaincontrol"));
            people.Add(host);
            var id = await host.CreateCircleAsync(CircleName, DisplayNames[0]);
            foreach (var name in DisplayNames.Skip(1))
            {
                var code = await host.InviteAsync(id);
                var member = await app.SignUpAsync();
                await member.JoinCircleAsync(id, code, name);
                people.Add(member);
            }

            for (var p = 0; p < people.Count; p++)
            {
                var offset = p;
                await people[p].AnswerAllAsync(id, 1, b => StanceScale.All[(IndexOf(b.Id) + offset) % StanceScale.All.Count]);
                await people[p].SubmitAsync(id, 1);
            }

            var comparison = await host.GetAsync(Paths.Comparison(id, 1));
            Assert.Equal(HttpStatusCode.OK, comparison.Status);
            Assert.Contains(DisplayNames[1], comparison.Text);

            await host.PostFormAsync(Paths.NewRound(id));
            var category = TestCatalogue.Categories[^1].Id;
            await host.AnswerPageAsync(id, 2, category, TestCatalogue.Catalogue.InCategory(category).Select(b => (b.Id, "Betrayal")));
            await people[1].PostFormAsync(Paths.Autosave(id, 2, category), [.. TestCatalogue.Catalogue.InCategory(category).Select(b => ($"Answers[{b.Id}]", "NotApplicable"))]);
            return host.Username;
        }
        finally
        {
            people.ForEach(p => p.Dispose());
        }
    }

    private static int IndexOf(string behaviourId) =>
        TestCatalogue.Behaviours.Select((b, i) => (b, i)).First(x => x.b.Id == behaviourId).i;
}
