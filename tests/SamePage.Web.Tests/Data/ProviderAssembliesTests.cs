using System.Net;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Memory: the app on SQLite never loads PostgreSQL's driver (Npgsql and its EF Core provider), and with
/// metrics off never loads OpenTelemetry, from its start through a served page.
/// </summary>
public sealed class ProviderAssembliesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-assemblies-").FullName;

    [Fact]
    public async Task The_app_on_SQLite_with_metrics_off_serves_without_loading_Npgsql_or_OpenTelemetry()
    {
        await using var node = await AppNode.StartAsync(new Dictionary<string, string>
        {
            ["SamePage:DataDirectory"] = _folder,
            ["Database:Provider"] = "Sqlite",
        });
        using var client = new HttpClient { BaseAddress = node.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var mapped = (await File.ReadAllLinesAsync($"/proc/{node.ProcessId}/maps"))
            .Select(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? ""))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Microsoft.Data.Sqlite.dll", mapped); // the check sees the app's assemblies at all
        Assert.DoesNotContain(mapped, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(mapped, name => name.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
