using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// A fingerprint of every row of every table of the app's model, read with plain SQL (so whatever the
/// columns hold, sealed or not, counts), to show that a refused request changed nothing at all.
/// </summary>
public sealed class DatabaseSnapshot
{
    private readonly IReadOnlyDictionary<string, (int Rows, string Hash)> _tables;

    private DatabaseSnapshot(IReadOnlyDictionary<string, (int Rows, string Hash)> tables) => _tables = tables;

    public static async Task<DatabaseSnapshot> TakeAsync(AppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .Select(e => (Schema: e.GetSchema(), Name: e.GetTableName()!))
            .Distinct()
            .ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var result = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            foreach (var (schema, name) in tables)
            {
                var qualified = schema is null ? $"\"{name}\"" : $"\"{schema}\".\"{name}\"";
                result[qualified] = await FingerprintAsync(connection, qualified);
            }

            return new DatabaseSnapshot(result);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The tables whose rows differ, with their row counts before and after.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return [.. _tables.Keys.Union(before._tables.Keys)
            .Where(t => !_tables.TryGetValue(t, out var now) || !before._tables.TryGetValue(t, out var then) || now != then)
            .Select(t => $"{t} ({(before._tables.TryGetValue(t, out var b) ? b.Rows : 0)} → {(_tables.TryGetValue(t, out var a) ? a.Rows : 0)} rows)")];
    }

    private static async Task<(int Rows, string Hash)> FingerprintAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    row.Append(value switch
                    {
                        byte[] bytes => Convert.ToHexString(bytes),
                        DBNull => "∅",
                        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                    }).Append('\u001f');
                }

                rows.Add(row.ToString());
            }
        }

        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
        return (rows.Count, Convert.ToHexString(hash));
    }
}
