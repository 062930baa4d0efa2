using Npgsql;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the test command provides (`SAMEPAGE_TEST_POSTGRES`, e.g.
/// `Host=127.0.0.1;Port=55432;Username=postgres`). Each app gets its own database on it.
/// </summary>
public static class TestPostgres
{
    public const string ServerVariable = "SAMEPAGE_TEST_POSTGRES";
    public const string RequiredVariable = "SAMEPAGE_REQUIRE_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => Server is not null;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>A connection string to a database of its own, which does not exist yet (the app's migration creates it).</summary>
    public static string NewDatabase() =>
        new NpgsqlConnectionStringBuilder(Server ?? throw new InvalidOperationException($"{ServerVariable} is not set."))
        {
            Database = $"samepage_test_{Guid.NewGuid():N}",
        }.ConnectionString;

    public static async Task DropAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}
