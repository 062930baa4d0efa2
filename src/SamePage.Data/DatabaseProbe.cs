using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SamePage.Data;

/// <summary>
/// Asks whether the database answers and has every migration, for readiness checks. On SQLite it
/// asks with the driver alone, so a first health check right after start does not wait for EF Core
/// to build its services; it never creates a database file that is missing. On PostgreSQL it asks
/// EF Core, which the nodes there need warm anyway.
/// </summary>
public sealed class DatabaseProbe(DatabaseSettings settings, IServiceProvider services)
{
    public async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            return await PostgresAnswersAsync(cancellationToken);
        }

        if (SqliteSchema.FileMissing(settings.ConnectionString))
        {
            return false;
        }

        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>How many of this build's migrations the database does not have yet.</summary>
    public async Task<int> MissingMigrationsAsync(CancellationToken cancellationToken) =>
        settings.Provider == DatabaseProvider.Postgres
            ? await PostgresMissingMigrationsAsync(cancellationToken)
            : await SqliteSchema.MissingMigrationsAsync(settings.ConnectionString, cancellationToken);

    // The PostgreSQL paths are methods of their own, so a SQLite node never loads what they touch.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<bool> PostgresAnswersAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SamePageDb>().Database.CanConnectAsync(cancellationToken);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<int> PostgresMissingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SamePageDb>().Database.GetPendingMigrationsAsync(cancellationToken)).Count();
    }
}
