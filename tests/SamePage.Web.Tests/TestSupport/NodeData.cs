using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>A data folder (and, on PostgreSQL, a database) for app processes, removed afterwards.</summary>
public sealed class NodeData : IAsyncDisposable
{
    public NodeData(DatabaseProvider provider)
    {
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("samepage-node-").FullName;
        Settings = new Dictionary<string, string>
        {
            ["SamePage:DataDirectory"] = DataDirectory,
            ["Database:Provider"] = provider.ToString(),
        };
        if (provider == DatabaseProvider.Postgres)
        {
            ConnectionString = TestPostgres.NewDatabase();
            Settings["ConnectionStrings:SamePage"] = ConnectionString;
        }
    }

    public DatabaseProvider Provider { get; }

    public string DataDirectory { get; }

    public string? ConnectionString { get; }

    public Dictionary<string, string> Settings { get; }

    public async ValueTask DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            await TestPostgres.DropAsync(ConnectionString);
        }

        Directory.Delete(DataDirectory, recursive: true);
    }
}
