using Npgsql;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

public sealed class PostgresRequirementTests
{
    /// <summary>The test command asks for PostgreSQL; without it half of the provider tests would silently not run.</summary>
    [Fact]
    public async Task PostgreSQL_is_provided_when_required()
    {
        if (!TestPostgres.IsRequired && !TestPostgres.IsConfigured)
        {
            return;
        }

        Assert.True(TestPostgres.IsConfigured,
            $"{TestPostgres.RequiredVariable}=1 but {TestPostgres.ServerVariable} is not set, so no test would run on PostgreSQL.");

        await using var connection = new NpgsqlConnection(TestPostgres.Server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        Assert.Equal(1, await command.ExecuteScalarAsync());
    }
}
