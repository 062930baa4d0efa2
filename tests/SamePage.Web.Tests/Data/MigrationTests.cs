using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SamePage.Data;
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
}
