using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SamePage.Tests.Common;

/// <summary>One request a push service received: its path, headers and body.</summary>
public sealed record PushDelivery(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A stand-in for a browser's push service (no real one is reachable here): a tiny Kestrel server on a
/// loopback port that records every POST and answers 201 Created, or the status set for a path.
/// </summary>
public sealed class PushServiceDouble : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PushDelivery> _received = new();
    private readonly ConcurrentDictionary<string, int> _statusFor = new(StringComparer.Ordinal);

    private PushServiceDouble(WebApplication app) => _app = app;

    /// <summary>Its origin, e.g. <c>http://127.0.0.1:40123</c>: what the app must be told to allow.</summary>
    public string Origin { get; private set; } = string.Empty;

    public IReadOnlyList<PushDelivery> Received => [.. _received];

    public static async Task<PushServiceDouble> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var double_ = new PushServiceDouble(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            double_._received.Enqueue(new PushDelivery(context.Request.Path.Value ?? "/", headers, body.ToArray()));
            return Results.StatusCode(double_._statusFor.TryGetValue(context.Request.Path.Value ?? "/", out var status) ? status : StatusCodes.Status201Created);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        double_.Origin = new Uri(address).GetLeftPart(UriPartial.Authority);
        return double_;
    }

    /// <summary>The address of a subscription at this service.</summary>
    public string Endpoint(string name) => $"{Origin}/push/{name}";

    /// <summary>Answers requests for this subscription with a status (e.g. 410 Gone) from now on.</summary>
    public void Answer(string name, int status) => _statusFor[$"/push/{name}"] = status;

    public IReadOnlyList<PushDelivery> For(string name) => [.. _received.Where(r => r.Path == $"/push/{name}")];

    /// <summary>Waits (at most 20 seconds) until this subscription has had <paramref name="count"/> requests.</summary>
    public async Task<IReadOnlyList<PushDelivery>> WaitForAsync(string name, int count = 1)
    {
        for (var waited = 0; waited < 200 && For(name).Count < count; waited++)
        {
            await Task.Delay(100);
        }

        return For(name);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
