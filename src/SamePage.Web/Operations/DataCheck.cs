using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SamePage.Data;

namespace SamePage.Web.Operations;

/// <summary>
/// `check`: whether a data folder, a backup or a PostgreSQL database is in good order. SQLite's
/// integrity check, every migration applied (and none this build does not know), the key ring
/// readable, and every value in a sealed column well-formed by its layout (never opened: the people's
/// keys are not here). Reads only; prints one line per finding. A SQLite file must exist (the caller
/// makes sure), since opening a missing one would create it.
/// </summary>
public sealed class DataCheck(IServiceProvider services, DatabaseSettings settings, TextWriter output)
{
    private bool _ok = true;

    public async Task<bool> RunAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        if (!await CanConnectAsync(db))
        {
            await FailAsync("database: it does not answer (check the connection string and that the server runs)");
            return false;
        }

        await IntegrityAsync();
        await MigrationsAsync(db);
        await KeyRingAsync(scope.ServiceProvider.GetRequiredService<IKeyManager>());
        await SealedColumnsAsync(db);
        await output.WriteLineAsync(_ok ? "All good." : "Problems found: see the lines above.");
        return _ok;
    }

    private static async Task<bool> CanConnectAsync(SamePageDb db)
    {
        try
        {
            return await db.Database.CanConnectAsync();
        }
        catch (DbException)
        {
            return false;
        }
    }

    private async Task IntegrityAsync()
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await output.WriteLineAsync("integrity: PostgreSQL checksums its own pages (pg_amcheck checks indexes; see docs/OPERATIONS.md)");
            return;
        }

        var readOnly = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(readOnly.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var results = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                results.Add(reader.GetString(0));
            }
        }

        if (results is ["ok"])
        {
            await output.WriteLineAsync("integrity: ok");
        }
        else
        {
            await FailAsync($"integrity: {string.Join("; ", results.Take(5))}");
        }
    }

    private async Task MigrationsAsync(SamePageDb db)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var pending = known.Except(applied).ToList();
        var unknown = applied.Except(known).ToList();
        if (pending.Count == 0 && unknown.Count == 0)
        {
            await output.WriteLineAsync($"migrations: all {applied.Count} applied, the latest {applied.LastOrDefault() ?? "none"}");
            return;
        }

        if (pending.Count > 0)
        {
            await FailAsync($"migrations: {pending.Count} not applied yet (from {pending[0]}); starting SamePage or `migrate` applies them");
        }

        if (unknown.Count > 0)
        {
            await FailAsync($"migrations: {unknown.Count} applied that this version does not know ({unknown[^1]}): the data comes from a newer SamePage");
        }
    }

    private async Task KeyRingAsync(IKeyManager keys)
    {
        var all = keys.GetAllKeys();
        var unreadable = 0;
        foreach (var key in all)
        {
            try
            {
                _ = key.Descriptor;
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or InvalidOperationException or System.Xml.XmlException)
            {
                unreadable++;
            }
        }

        if (unreadable > 0)
        {
            await FailAsync($"key ring: {unreadable} of {all.Count} keys cannot be read");
        }
        else if (all.Count == 0)
        {
            await output.WriteLineAsync("key ring: empty (SamePage makes its first key on first use)");
        }
        else
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"key ring: {all.Count} {(all.Count == 1 ? "key" : "keys")}, readable, newest expires {all.Max(k => k.ExpirationDate):yyyy-MM-dd}"));
        }
    }

    private async Task SealedColumnsAsync(SamePageDb db)
    {
        var counts = new Dictionary<SealedValueKind, int> { [SealedValueKind.Envelope] = 0, [SealedValueKind.Legacy] = 0, [SealedValueKind.Malformed] = 0 };
        var damaged = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var (table, column) in SealedColumns(db.Model))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync();
                var bad = 0;
                while (await reader.ReadAsync())
                {
                    var kind = SealedValueShape.Classify((byte[])reader.GetValue(0));
                    counts[kind]++;
                    bad += kind == SealedValueKind.Malformed ? 1 : 0;
                }

                if (bad > 0)
                {
                    damaged.Add(string.Create(CultureInfo.InvariantCulture, $"{table}.{column} ({bad})"));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{counts[SealedValueKind.Envelope]} sealed, {counts[SealedValueKind.Legacy]} from before user-held keys");
        if (damaged.Count == 0)
        {
            await output.WriteLineAsync($"sealed values: all well-formed ({summary})");
        }
        else
        {
            await FailAsync(string.Create(CultureInfo.InvariantCulture,
                $"sealed values: {counts[SealedValueKind.Malformed]} malformed in {string.Join(", ", damaged)}; {summary}"));
        }
    }

    /// <summary>Every column that holds sealed content: the model's byte-array properties named Sealed….</summary>
    public static IEnumerable<(string Table, string Column)> SealedColumns(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(byte[]) && property.Name.StartsWith("Sealed", StringComparison.Ordinal) && property.GetColumnName(store) is { } column)
                {
                    yield return (table, column);
                }
            }
        }
    }

    private async Task FailAsync(string line)
    {
        _ok = false;
        await output.WriteLineAsync(line);
    }
}
