using Microsoft.EntityFrameworkCore;
using System.Net;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Tests.Common;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

public sealed class MigrationTests
{
    /// <summary>`dotnet ef migrations has-pending-model-changes`, for the SQLite migrations.</summary>
    [Fact]
    public void The_SQLite_migrations_cover_the_whole_model()
    {
        using var db = Databases.Sqlite("Data Source=:memory:");

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes that no SQLite migration covers: add one with `dotnet ef migrations add NAME --context SqliteSamePageDb --output-dir Migrations/Sqlite`.");
    }

    /// <summary>The same for PostgreSQL (compares the model with the migrations' snapshot; needs no server).</summary>
    [Fact]
    public void The_PostgreSQL_migrations_cover_the_whole_model()
    {
        using var db = Databases.Postgres("Host=127.0.0.1;Database=never_opened");

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes that no PostgreSQL migration covers: add one with `dotnet ef migrations add NAME --context PostgresSamePageDb --output-dir Migrations/Postgres`.");
    }

    /// <summary>
    /// The newest migration's recorded model is the whole model, as the snapshot is. Migrations added on
    /// parallel branches each record only what their branch knew; a table rebuilt on SQLite (and every
    /// downgrade) follows that record, so a record missing a column would drop it.
    /// </summary>
    [Fact]
    public void The_newest_migration_of_each_provider_records_the_whole_model()
    {
        using var sqlite = Databases.Sqlite("Data Source=:memory:");
        using var postgres = Databases.Postgres("Host=127.0.0.1;Database=never_opened");
        foreach (SamePageDb db in new SamePageDb[] { sqlite, postgres })
        {
            var migrations = db.GetService<IMigrationsAssembly>();
            var newest = migrations.Migrations.Keys.Order(StringComparer.Ordinal).Last();
            var recorded = migrations.CreateMigration(migrations.Migrations[newest], db.Database.ProviderName!).TargetModel!;
            var snapshot = migrations.ModelSnapshot!.Model;

            Assert.False(db.GetService<IMigrationsModelDiffer>().HasDifferences(Relational(db, recorded), Relational(db, snapshot)),
                $"{newest} ({db.Database.ProviderName}) records a model other than the snapshot's: copy the snapshot's BuildModel body into its Designer's BuildTargetModel.");
        }
    }

    private static IRelationalModel Relational(DbContext db, IModel model)
    {
        if (model is IMutableModel mutable)
        {
            model = mutable.FinalizeModel();
        }

        return db.GetService<IModelRuntimeInitializer>().Initialize(model, designTime: true).GetRelationalModel();
    }

    [Theory, Providers]
    public async Task The_app_creates_and_migrates_an_empty_database_on_first_start(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        Assert.False(File.Exists(app.SqliteFile));

        app.Start();

        await using var db = Databases.Open(app);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(provider == DatabaseProvider.Sqlite, File.Exists(app.SqliteFile));

        // And the app works on it.
        using var person = await app.SignUpAsync();
        Assert.Equal(1, await db.Users.CountAsync(u => u.UserName == person.Username));
    }

    /// <summary>
    /// An existing installation upgrades in place: a database made by the first migration, holding a
    /// revealed round, is migrated by the app at start-up and everything in it still reads.
    /// </summary>
    [Theory, Providers]
    public async Task A_database_from_the_first_release_is_upgraded_at_start_with_its_data_intact(DatabaseProvider provider)
    {
        var first = new AppFactory(provider);
        using var circle = await CircleSetup.CreateAsync(first, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        await LegacyData.DowngradeAsync(first.Services, circle.Members.Select(m => (m.Username, m.Passphrase))); // the first release sealed with the server's key
        first.KeepDataOnDispose = true;
        await first.DisposeAsync();

        // Take the schema back to the first release (every later migration's Down), keeping the data.
        string initial;
        await using (var db = Databases.Open(first))
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.True(all.Count >= 2, "This test needs at least two migrations.");
            initial = all[0];
            await db.GetService<IMigrator>().MigrateAsync(initial);
            Assert.Equal([initial], await db.Database.GetAppliedMigrationsAsync());
        }

        await using var upgraded = await first.RestartAsync();
        await using (var db = Databases.Open(upgraded))
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        // The first sign-in after the upgrade gives the account its own keys (and a new recovery code).
        using var alder = circle[0].MoveTo(upgraded, keepCookies: false);
        var signedIn = await alder.SignInAsync();
        Assert.NotNull(signedIn.Find("[data-recovery-code]"));
        var comparison = await alder.GetAsync(Paths.Comparison(circle.Circle, 1));
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        Assert.Equal(TestCatalogue.Behaviours.Count, comparison.FindAll("ul[data-kind=HotSpot] > li").Count);
        Assert.Equal(HttpStatusCode.Redirect, (await alder.AddBehaviourAsync(circle.Circle, "Something new since the upgrade", "time-and-priority")).Status);
    }
}
