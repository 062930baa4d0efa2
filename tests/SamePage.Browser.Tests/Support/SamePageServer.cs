using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Tests.Common;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// The real SamePage app listening on a loopback port, with its own SQLite file and key ring in a
/// temporary data folder. Rate limits stay on, only raised so a whole suite fits in one window.
/// </summary>
public sealed class SamePageServer : WebApplicationFactory<Program>
{
    /// <summary>The neutral page the quick exit leads to; tests answer it themselves (there is no internet).</summary>
    public const string QuickExitUrl = "https://neutral.example/weather";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("samepage-browser-").FullName;

    public SamePageServer()
    {
        UseKestrel(0);
    }

    public string DataDirectory => _dataDirectory;

    /// <summary>A stand-in for the browsers' push service, which the app is told to allow (headless Chromium reaches none).</summary>
    public PushServiceDouble PushService { get; private set; } = null!;

    /// <summary>The base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        PushService = PushServiceDouble.StartAsync().GetAwaiter().GetResult();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server did not report its address.");
        var address = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As operators run it: production error pages, HSTS on (browsers ignore it on loopback), CSP and antiforgery on.
        builder.UseEnvironment("Production");
        builder.UseSetting("SamePage:DataDirectory", _dataDirectory);
        builder.UseSetting("SamePage:ContentDirectory", ContentDirectory());
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("SamePage:QuickExitUrl", QuickExitUrl);
        builder.UseSetting("SamePage:Push:Services:0", PushService.Origin);
        foreach (var policy in new[] { "SignIn", "SignUp", "Recovery", "Invite" })
        {
            builder.UseSetting($"SamePage:RateLimits:{policy}:PermitLimit", "1000");
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>The content folder shipped beside the app, or the repository's own when run from a source tree.</summary>
    private static string ContentDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "en", "behaviours.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The content folder (content/en/behaviours.yaml) was not found.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            PushService?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned up later.
            }
        }
    }
}
