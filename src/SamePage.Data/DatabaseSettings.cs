using Microsoft.Extensions.Configuration;

namespace SamePage.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives, read from configuration (README "Configuration").</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string DatabaseFileName = "samepage.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.GetFullPath(configuration["SamePage:DataDirectory"] is { Length: > 0 } dir ? dir : "data");
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        }

        var connectionString = configuration.GetConnectionString("SamePage");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres, so ConnectionStrings:SamePage must be set.");
            }

            connectionString = $"Data Source={Path.Combine(dataDirectory, DatabaseFileName)}";
        }

        return new DatabaseSettings(provider, connectionString, dataDirectory);
    }
}
