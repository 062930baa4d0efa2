using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>Nothing names the web server: no <c>Server</c> header, from the real Kestrel (the in-memory test host sends none anyway).</summary>
public sealed class ServerHeaderTests
{
    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };

        foreach (var path in new[] { "/", "/signin", "/health", "/no-such-page" })
        {
            using var response = await client.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), $"{path}: Server: {string.Join(", ", response.Headers.Server)}");
            Assert.True(response.Headers.Contains("X-Content-Type-Options"), $"{path}: answered by SamePage itself");
        }
    }
}
