using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SamePage.Data;

/// <summary>
/// Whether a SQLite database has every migration of this build, read with the driver alone: one
/// query of EF Core's history table against the migration ids compiled into this assembly. Asking
/// EF Core the same question first builds its services and the model, about half a second of a
/// start on a small server (docs/BENCHMARKS.md, "Start-up"); this costs a few milliseconds.
/// </summary>
internal static class SqliteSchema
{
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>The ids of the SQLite migrations in this build, as EF Core writes them in the history table.</summary>
    private static readonly Lazy<string[]> Migrations = new(() => typeof(SqliteSamePageDb).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SqliteSamePageDb))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToArray());

    /// <summary>The number of this build's migrations missing from the database (all of them when it has no history yet).</summary>
    public static async Task<int> MissingMigrationsAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (FileMissing(connectionString))
        {
            return Migrations.Value.Length; // never create an empty file just to ask
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        exists.Parameters.AddWithValue("$name", HistoryTable);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return Migrations.Value.Length;
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var history = connection.CreateCommand();
        history.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryTable}\"";
        await using (var reader = await history.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return Migrations.Value.Count(id => !applied.Contains(id));
    }

    /// <summary>Whether the connection string names a database file that is not there (an in-memory database never is missing).</summary>
    public static bool FileMissing(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory
            && builder.DataSource is { Length: > 0 } file
            && !file.Equals(":memory:", StringComparison.Ordinal)
            && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && !File.Exists(file);
    }
}
