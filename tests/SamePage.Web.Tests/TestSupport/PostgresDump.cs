using System.Text;
using Npgsql;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>Every row of every table of a PostgreSQL database as text (binary columns as hex), to search for what must not be there.</summary>
public sealed class PostgresDump
{
    private readonly string _text;

    private PostgresDump(string text) => _text = text;

    public static async Task<PostgresDump> OfAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT COALESCE(string_agg(t::text, E'\\n'), '') FROM \"{table}\" t", connection);
            dump.Append(table).Append('\n').Append((string)(await rows.ExecuteScalarAsync())!).Append('\n');
        }

        return new PostgresDump(dump.ToString());
    }

    public int Length => _text.Length;

    /// <summary>True if the text appears as text, or as the hex of its UTF-8 or UTF-16 bytes (how a bytea column prints).</summary>
    public bool Contains(string text) =>
        _text.Contains(text, StringComparison.Ordinal)
        || _text.Contains(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text)), StringComparison.Ordinal)
        || _text.Contains(Convert.ToHexStringLower(Encoding.Unicode.GetBytes(text)), StringComparison.Ordinal);

    public IReadOnlyList<string> Found(IEnumerable<string> texts) => [.. texts.Where(Contains)];
}
