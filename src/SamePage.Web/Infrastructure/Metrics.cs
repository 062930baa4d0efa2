using System.Diagnostics.Metrics;
using System.Net;
using System.Runtime.CompilerServices;
using OpenTelemetry.Metrics;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Metrics in Prometheus' text format, off unless the operator sets `SamePage:Metrics:Enabled`. They are
/// counts and durations only: ASP.NET Core's and the runtime's meters (tagged with route templates, never
/// paths, ids or names) and a few of SamePage's own counters, none of which carries a tag at all. The
/// scrape path answers only from this machine or the networks in `SamePage:Metrics:AllowedNetworks`;
/// to everyone else it does not exist.
/// </summary>
public static class Metrics
{
    public const string MeterName = "SamePage";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>A person signed in with their passphrase.</summary>
    public static readonly Counter<long> SignIns = Meter.CreateCounter<long>("samepage.sign_ins", description: "Sign-ins with a passphrase");

    /// <summary>A round was revealed (everyone had submitted).</summary>
    public static readonly Counter<long> RoundsRevealed = Meter.CreateCounter<long>("samepage.rounds_revealed", description: "Rounds revealed");

    /// <summary>An agreement version was signed by everyone and became the active agreement.</summary>
    public static readonly Counter<long> AgreementsSigned = Meter.CreateCounter<long>("samepage.agreements_signed", description: "Agreement versions signed by every member");

    private static readonly string[] PlatformMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "System.Runtime"];

    public static IServiceCollection AddSamePageMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = MetricsSettings.From(configuration);
        services.AddSingleton(settings);
        if (settings.Enabled)
        {
            AddExporter(services);
        }

        return services;
    }

    // OpenTelemetry's types only in these two methods: with metrics off, its assemblies are never loaded
    // (the JIT loads every assembly a method names when it compiles the method, taken branch or not).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddExporter(IServiceCollection services) =>
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MeterName)
            .AddMeter(PlatformMeters)
            .AddPrometheusExporter());

    /// <summary>After the forwarded headers, so that a request relayed by a known proxy is judged by its real sender.</summary>
    public static WebApplication UseSamePageMetrics(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<MetricsSettings>();
        if (settings.Enabled)
        {
            UseScrapingEndpoint(app, settings);
        }

        return app;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseScrapingEndpoint(WebApplication app, MetricsSettings settings) =>
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == settings.Path && settings.Allows(context.Connection.RemoteIpAddress));
}

/// <summary>`SamePage:Metrics:{Enabled,Path,AllowedNetworks}` (docs/OPERATIONS.md, "Metrics").</summary>
public sealed record MetricsSettings(bool Enabled, string Path, IReadOnlyList<System.Net.IPNetwork> AllowedNetworks)
{
    public static MetricsSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("SamePage:Metrics");
        var path = section["Path"] is { Length: > 1 } p && p.StartsWith('/') ? p : "/metrics";
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in section.GetSection("AllowedNetworks").Get<string[]>() ?? [])
        {
            networks.Add(System.Net.IPNetwork.TryParse(entry.Trim(), out var network)
                ? network
                : throw new InvalidOperationException($"SamePage:Metrics:AllowedNetworks holds '{entry}', which is not a network like 10.0.0.0/24."));
        }

        return new MetricsSettings(section.GetValue("Enabled", false), path, networks);
    }

    public bool Allows(IPAddress? caller) =>
        caller is not null && (IPAddress.IsLoopback(caller) || AllowedNetworks.Any(n => n.Contains(caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller)));
}
