using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies the operator names in
/// `SamePage:KnownProxies` (addresses like `10.0.0.5`, or networks like `10.0.0.0/24`). With none
/// named, the headers are not read at all: ASP.NET Core would otherwise believe them from anyone
/// once its default (loopback) list is cleared, and a guesser could dodge the rate limits by
/// sending a new made-up address with every try.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "SamePage:KnownProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var named = configuration.GetSection(Setting).Get<string[]>() ?? [];
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in named.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (!entry.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{Setting} holds '{entry}', which is neither an IP address (10.0.0.5) nor a network (10.0.0.0/24).");
            }
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Count == 0 && networks.Count == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            // The client's address (rate-limit partitions, never stored) and whether it used HTTPS (secure cookies, HSTS).
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1; // only what the nearest, trusted, proxy says
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }
}
