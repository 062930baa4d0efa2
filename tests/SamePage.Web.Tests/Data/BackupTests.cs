using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Security;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Operations;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// `backup`, `restore` and `check`, run as an operator runs them (the executable, a verb, settings as
/// environment variables) against an app that keeps serving.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_two_partners_write_restores_everything_written_before_it()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        Assert.Equal(Paths.Answer(circle.Circle, 2), (await circle[0].PostFormAsync(Paths.NewRound(circle.Circle))).Location);

        // Both partners keep saving answers for the new round while the backup runs.
        using var stop = new CancellationTokenSource();
        var acknowledged = new int[2];
        var writers = Enumerable.Range(0, 2).Select(i => KeepWritingAsync(circle, i, acknowledged, stop.Token)).ToList();
        while (Volatile.Read(ref acknowledged[0]) == 0 || Volatile.Read(ref acknowledged[1]) == 0)
        {
            await Task.Delay(20);
        }

        var before = acknowledged.Sum();
        var file = Path.Combine(app.DataDirectory, "..", $"samepage-backup-{Guid.NewGuid():N}.zip");
        var backup = await AppProcess.RunAsync(["backup", file], Folder(app.DataDirectory));
        var during = acknowledged.Sum() - before;
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(backup.ExitCode == 0, $"backup exited {backup.ExitCode}: {backup.Output}{backup.Errors}");
        Assert.True(during > 0, "No write was acknowledged while the backup ran, so it proved nothing about writing meanwhile.");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)); // as private as the data folder
        }

        var restoredFolder = Path.Combine(Path.GetTempPath(), $"samepage-restored-{Guid.NewGuid():N}");
        try
        {
            var restore = await AppProcess.RunAsync(["restore", file], Folder(restoredFolder));
            Assert.True(restore.ExitCode == 0, $"restore exited {restore.ExitCode}: {restore.Output}{restore.Errors}");
            Assert.Contains("All good.", restore.Output);

            await using var restored = new AppFactory(DatabaseProvider.Sqlite, Folder(restoredFolder).ToDictionary(p => p.Key, p => (string?)p.Value));
            // The key ring came along: a browser signed in before the backup is still signed in.
            using var stillSignedIn = circle[0].MoveTo(restored);
            var home = await stillSignedIn.GetAsync(Paths.Circle(circle.Circle));
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Equal(["Alder (you)", "Birch"], home.FindAll("#members li").Select(li => li.TextContent.Trim()));

            foreach (var (member, name) in circle.Members.Zip(["Alder", "Birch"]))
            {
                using var signingIn = restored.NewPerson();
                Assert.Equal(HttpStatusCode.Redirect, (await signingIn.SignInAsync(member.Username, member.Passphrase)).Status);
                var page = await signingIn.GetAsync(Paths.Circle(circle.Circle));
                Assert.Equal("Us", page.Find("h1")!.TextContent.Trim());
                Assert.Contains($"{name} (you)", page.FindAll("#members li").Select(li => li.TextContent.Trim()));
                var comparison = await signingIn.GetAsync(Paths.Comparison(circle.Circle, 1));
                Assert.Equal(TestCatalogue.Behaviours.Count, comparison.FindAll("ul[data-kind=HotSpot] > li").Count);
            }
        }
        finally
        {
            File.Delete(file);
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(restoredFolder))
            {
                Directory.Delete(restoredFolder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Restore_refuses_a_data_folder_that_is_not_empty_and_changes_nothing_in_it()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        var file = Path.Combine(app.DataDirectory, "..", $"samepage-backup-{Guid.NewGuid():N}.zip");
        try
        {
            Assert.Equal(0, (await AppProcess.RunAsync(["backup", file], Folder(app.DataDirectory))).ExitCode);
            var before = Directory.GetFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Order().ToList();

            var restore = await AppProcess.RunAsync(["restore", file], Folder(app.DataDirectory));

            Assert.Equal(1, restore.ExitCode);
            Assert.Contains("is not empty, so nothing was restored", restore.Errors);
            Assert.Equal(before, Directory.GetFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Order());
            using var stillThere = app.NewPerson();
            Assert.Equal(HttpStatusCode.Redirect, (await stillThere.SignInAsync(person.Username, person.Passphrase)).Status);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, Providers]
    public async Task Check_passes_good_data_and_names_a_damaged_sealed_column_without_opening_it(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        var settings = provider == DatabaseProvider.Postgres
            ? new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:SamePage"] = app.ConnectionString, ["SamePage:DataDirectory"] = app.DataDirectory }
            : Folder(app.DataDirectory);

        var good = await AppProcess.RunAsync(["check"], settings);
        Assert.True(good.ExitCode == 0, $"check exited {good.ExitCode}: {good.Output}{good.Errors}");
        Assert.Contains("migrations: all", good.Output);
        Assert.Contains("key ring:", good.Output);
        Assert.Contains("sealed values: all well-formed", good.Output);
        Assert.Contains(provider == DatabaseProvider.Sqlite ? "integrity: ok" : "integrity: PostgreSQL", good.Output);

        await using (var db = Databases.Open(app))
        {
            var id = circle.Circle;
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"""UPDATE "Circles" SET "SealedName" = {new byte[] { (byte)'S', 0x01, 0x00 }} WHERE "Id" = {id}"""));
        }

        var damaged = await AppProcess.RunAsync(["check"], settings);
        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains("Circles.SealedName (1)", damaged.Output);
        Assert.Contains("Problems found", damaged.Output);
    }

    [Fact]
    public async Task Check_on_a_folder_without_a_database_says_so_and_creates_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"samepage-missing-{Guid.NewGuid():N}");

        var check = await AppProcess.RunAsync(["check"], Folder(missing));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("database: there is none", check.Output);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Sealed_values_are_told_apart_by_their_layout_alone()
    {
        var envelope = Envelope.Seal(Envelope.NewKey(), "what we wrote"u8, "context"u8);
        var legacy = DataProtectionProvider.Create("SamePage.Tests").CreateProtector("p").Protect("what we wrote"u8.ToArray());

        Assert.Equal(SealedValueKind.Envelope, SealedValueShape.Classify(envelope));
        Assert.Equal(SealedValueKind.Envelope, SealedValueShape.Classify(Envelope.Seal(Envelope.NewKey(), [], "context"u8)));
        Assert.Equal(SealedValueKind.Legacy, SealedValueShape.Classify(legacy));
        Assert.Equal(SealedValueKind.Malformed, SealedValueShape.Classify(envelope.AsSpan(0, 29)));
        Assert.Equal(SealedValueKind.Malformed, SealedValueShape.Classify([(byte)'S', 0x7F, .. envelope[2..]])); // a version nobody wrote
        Assert.Equal(SealedValueKind.Malformed, SealedValueShape.Classify("plain words"u8));
        Assert.Equal(SealedValueKind.Malformed, SealedValueShape.Classify([]));
    }

    [Fact]
    public void Every_sealed_field_of_the_model_is_a_column_check_reads()
    {
        using var db = Databases.Sqlite("Data Source=:memory:");
        var columns = DataCheck.SealedColumns(db.Model).ToList();

        Assert.Contains(("Circles", "SealedName"), columns);
        Assert.Contains(("RoundResponses", "SealedAnswers"), columns);
        Assert.True(columns.Count >= 15, $"Only {columns.Count} sealed columns found.");
    }

    private static Dictionary<string, string> Folder(string dataDirectory) => new() { ["SamePage:DataDirectory"] = dataDirectory };

    private static async Task KeepWritingAsync(CircleSetup circle, int member, int[] acknowledged, CancellationToken stop)
    {
        var category = TestCatalogue.Categories[0].Id;
        var behaviours = TestCatalogue.Catalogue.InCategory(category).Select(b => b.Id).ToList();
        var stances = new[] { Stance.Fine, Stance.AskFirst, Stance.Betrayal };
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var page = await circle[member].AnswerPageAsync(circle.Circle, 2, category, behaviours.Select(b => (b, stances[i % 3].ToString())));
            if (page.Status == HttpStatusCode.Redirect)
            {
                Interlocked.Increment(ref acknowledged[member]);
            }
        }
    }
}
