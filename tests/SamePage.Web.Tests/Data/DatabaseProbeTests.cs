using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Issue 17, start-up: the readiness check and the start's schema check ask SQLite with the driver
/// alone (<see cref="DatabaseProbe"/>). They must see what EF Core would see, and never create a
/// database file that is missing.
/// </summary>
public sealed class DatabaseProbeTests : IDisposable
{
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-probe-").FullName;

    [Fact]
    public async Task A_missing_database_file_does_not_answer_lacks_every_migration_and_is_not_created()
    {
        var file = Path.Combine(_folder, DatabaseSettings.DatabaseFileName);
        var probe = Probe(_folder, $"Data Source={file}");

        Assert.False(await probe.AnswersAsync(CancellationToken.None));
        Assert.Equal(MigrationCount(), await probe.MissingMigrationsAsync(CancellationToken.None));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task An_empty_database_answers_and_lacks_every_migration()
    {
        var connectionString = $"Data Source={Path.Combine(_folder, DatabaseSettings.DatabaseFileName)};Pooling=False";
        await using (var create = new SqliteConnection(connectionString))
        {
            await create.OpenAsync(CancellationToken.None); // creates the empty file
        }

        var probe = Probe(_folder, connectionString);
        Assert.True(await probe.AnswersAsync(CancellationToken.None));
        Assert.Equal(MigrationCount(), await probe.MissingMigrationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_migrated_database_lacks_nothing_and_one_removed_history_row_is_one_missing()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.Start();
        var probe = Probe(app.DataDirectory, app.ConnectionString);
        Assert.Equal(0, await probe.MissingMigrationsAsync(CancellationToken.None));

        await using (var db = Databases.Open(app))
        {
            var last = db.Database.GetMigrations().Last();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""", CancellationToken.None));
            Assert.Single(await db.Database.GetPendingMigrationsAsync(CancellationToken.None)); // what EF Core sees too
        }

        Assert.Equal(1, await probe.MissingMigrationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_app_is_not_ready_when_its_SQLite_file_is_gone_and_does_not_make_a_new_one()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.Start();
        using var anyone = app.NewPerson();
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/ready")).Status);

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(app.DataDirectory, DatabaseSettings.DatabaseFileName + "*"))
        {
            File.Delete(file);
        }

        var ready = await anyone.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Text);
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/live")).Status);
        Assert.False(File.Exists(app.SqliteFile));
    }

    private static DatabaseProbe Probe(string directory, string connectionString) =>
        new(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString, directory), NoServices);

    private static int MigrationCount()
    {
        using var db = Databases.Sqlite("Data Source=:memory:");
        var count = db.Database.GetMigrations().Count();
        Assert.True(count > 0);
        return count;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
