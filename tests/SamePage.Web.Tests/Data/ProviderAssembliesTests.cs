using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
        var port = FreePort();
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { app, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["SamePage__DataDirectory"] = _folder;
        start.Environment["Database__Provider"] = "Sqlite";

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.True(await ReadyAsync(client), "the app did not answer /health within a minute");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

            var mapped = (await File.ReadAllLinesAsync($"/proc/{process.Id}/maps"))
                .Select(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? ""))
                .ToHashSet(StringComparer.Ordinal);
            Assert.Contains("Microsoft.Data.Sqlite.dll", mapped); // the check sees the app's assemblies at all
            Assert.DoesNotContain(mapped, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
            Assert.DoesNotContain(mapped, name => name.StartsWith("OpenTelemetry", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> ReadyAsync(HttpClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
