using Microsoft.EntityFrameworkCore;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace SamePage.Data;

/// <summary>
/// Several web nodes may start at the same moment on one PostgreSQL database. Only one of them may
/// create the database and apply the migrations; the others wait on a session-level advisory lock
/// and then find nothing left to do. SQLite serves one node, so it needs no lock.
/// </summary>
internal static class MigrationLock
{
    /// <summary>The advisory lock's key: any fixed number no other application on the database uses ("SamePage" in ASCII, shortened).</summary>
    private const long Key = 0x53616D6550616765;

    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";
    private const string InvalidCatalogName = "3D000";

    public static async Task MigrateAsync(IServiceProvider services, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        // Told apart by the settings, not EF Core's IsNpgsql(): on SQLite, Npgsql's assemblies are then
        // never loaded (the PostgreSQL path is its own method, with its own state machine).
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await MigratePostgresAsync(services, cancellationToken);
        }
        else if (await SqliteSchema.MissingMigrationsAsync(settings.ConnectionString, cancellationToken) > 0)
        {
            // EF Core is started only now: a current schema is found with the driver alone.
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SamePageDb>().Database.MigrateAsync(cancellationToken);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task MigratePostgresAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var connectionString = db.Database.GetConnectionString()!;
        await CreateDatabaseAsync(connectionString, cancellationToken);
        if (await IsCurrentAsync(db, cancellationToken))
        {
            return; // the usual start: nothing to apply, so no lock to wait for either
        }

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({Key})", cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            // Closing the session would release it too; say so explicitly while the connection is good.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
        }
    }

    /// <summary>
    /// Whether every migration of this build is applied already on PostgreSQL: one read of the
    /// migrations history. The full path (<c>MigrateAsync</c>) also takes the lock and compares the
    /// model before it finds nothing to do. SQLite asks the same with the driver (<see cref="SqliteSchema"/>).
    /// </summary>
    private static async Task<bool> IsCurrentAsync(SamePageDb db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return db.Database.GetMigrations().All(applied.Contains);
    }

    /// <summary>Creates the database when it does not exist yet, tolerating another node creating it at the same moment.</summary>
    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        try
        {
            await using var probe = new NpgsqlConnection(target.ConnectionString);
            await probe.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException e) when (e.SqlState == InvalidCatalogName)
        {
            // Not there yet: create it below.
        }

        var database = target.Database!;
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, $"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another node created it a moment ago.
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
