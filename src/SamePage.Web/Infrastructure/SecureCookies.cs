using System.Net;
using Microsoft.AspNetCore.CookiePolicy;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// One rule for every cookie SamePage sets (the sign-in cookie, the form token cookie, anything
/// added later): HttpOnly, SameSite=Strict, and Secure unless the browser is on the same machine
/// and talking plain HTTP to SamePage directly (development, the browser tests). So a request
/// over HTTPS, over HTTPS reported by a configured proxy, from any other machine, or through a
/// proxy that is not configured gets Secure cookies; a sign-in cookie is never sent in clear
/// across a network.
/// </summary>
public static class SecureCookies
{
    /// <summary>Headers that show a proxy sits between the browser and SamePage (the X-Original-… ones are left when a trusted proxy's were applied).</summary>
    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Forwarded", "X-Original-For", "X-Original-Proto"];

    public static IServiceCollection AddSecureCookies(this IServiceCollection services) =>
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Strict;
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.OnAppendCookie = context => context.CookieOptions.Secure = NeedsSecure(context.Context);
            options.OnDeleteCookie = context => context.CookieOptions.Secure = NeedsSecure(context.Context);
        });

    /// <summary>False only for plain HTTP straight from this machine: loopback, or an in-process host with no network peer.</summary>
    public static bool NeedsSecure(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.IsHttps)
        {
            return true;
        }

        var peer = context.Connection.RemoteIpAddress;
        if (peer is { IsIPv4MappedToIPv6: true })
        {
            peer = peer.MapToIPv4();
        }

        var local = peer is null || IPAddress.IsLoopback(peer);
        var proxied = ProxyHeaders.Any(context.Request.Headers.ContainsKey);
        return !local || proxied;
    }
}
