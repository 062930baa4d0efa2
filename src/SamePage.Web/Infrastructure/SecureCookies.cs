using System.Net;
using Microsoft.AspNetCore.CookiePolicy;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// One rule for every cookie SamePage sets (the sign-in cookie, the form token cookie, anything
/// added later): HttpOnly, SameSite=Strict, and Secure unless the browser is on the same machine
/// and talking plain HTTP to SamePage directly (development, the browser tests). So a request
/// over HTTPS, over HTTPS reported by a configured proxy, from any other machine, or through a
/// proxy that is not configured gets Secure cookies; a sign-in cookie is never sent in clear
/// across a network. Secure cookies also take the <c>__Host-</c> prefix, which binds them to this
/// host alone: no subdomain can set or overwrite them.
/// </summary>
public static class SecureCookies
{
    /// <summary>Headers that show a proxy sits between the browser and SamePage (the X-Original-… ones are left when a trusted proxy's were applied).</summary>
    public const string HostPrefix = "__Host-";

    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Forwarded", "X-Original-For", "X-Original-Proto"];

    public static IServiceCollection AddSecureCookies(this IServiceCollection services) =>
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Strict;
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.OnAppendCookie = context =>
            {
                context.CookieOptions.Secure = NeedsSecure(context.Context);
                context.CookieName = Named(context.Context, context.CookieName, context.CookieOptions);
            };
            options.OnDeleteCookie = context =>
            {
                context.CookieOptions.Secure = NeedsSecure(context.Context);
                context.CookieName = Named(context.Context, context.CookieName, context.CookieOptions);
            };
        });

    /// <summary>
    /// Under Secure cookies, SamePage's own cookies are read only by their <c>__Host-</c> names: the
    /// browser's <c>__Host-samepage</c> reaches the app as <c>samepage</c>, and a cookie sent by the
    /// plain name (which a neighbouring subdomain or a plain-HTTP page could have planted) is dropped.
    /// Runs after the forwarded headers, before anything reads a cookie.
    /// </summary>
    public static IApplicationBuilder UseHostCookieNames(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (NeedsSecure(context) && context.Request.Headers.Cookie is { Count: > 0 } header)
            {
                context.Request.Headers.Cookie = string.Join("; ", header
                    .SelectMany(h => (h ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    .Select(Incoming)
                    .OfType<string>());
            }

            return next(context);
        });

    /// <summary>The name a cookie is set under: with the <c>__Host-</c> prefix (Secure, Path=/, no Domain) when Secure.</summary>
    private static string Named(HttpContext context, string name, CookieOptions options)
    {
        if (!NeedsSecure(context) || !IsOurs(name))
        {
            return name;
        }

        options.Path = "/";
        options.Domain = null;
        return HostPrefix + name;
    }

    /// <summary>One "name=value" pair of a secure request: ours without the prefix, ours by the plain name dropped, others untouched.</summary>
    private static string? Incoming(string pair)
    {
        var name = pair.Split('=', 2)[0];
        if (name.StartsWith(HostPrefix, StringComparison.Ordinal) && IsOurs(name[HostPrefix.Length..]))
        {
            return pair[HostPrefix.Length..];
        }

        return IsOurs(name) ? null : pair;
    }

    /// <summary>The sign-in cookie (and its chunks, if it ever grows), the form token cookie, the notifications cookie.</summary>
    private static bool IsOurs(string name) => name.StartsWith("samepage", StringComparison.Ordinal);

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
