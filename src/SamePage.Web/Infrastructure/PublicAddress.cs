using System.Net;
using Microsoft.AspNetCore.HostFiltering;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Where people reach SamePage, for every absolute link it writes (an invite, a calendar's link back,
/// a review reminder). It comes from `SamePage:PublicUrl`, never from the request's Host header,
/// which the client chooses. With no public address set (running it on one's own machine), links
/// use the request's own address only when that is this machine (localhost, 127.0.0.1, ::1), and
/// only such names are let in (see <see cref="AddPublicAddress"/>).
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "SamePage:PublicUrl";

    /// <summary>The names a request may carry when no public address (and no `AllowedHosts`) is set.</summary>
    public static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private static readonly Uri Fallback = new("http://localhost:5000");

    private PublicAddress(Uri? configured) => Configured = configured;

    /// <summary>The operator's public address (scheme, host, port and any path base), or null when none is set.</summary>
    public Uri? Configured { get; }

    public static PublicAddress From(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new PublicAddress(null);
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException($"{Setting} holds '{value}', which is not the address people open SamePage at (like https://samepage.example.org).");
        }

        return new PublicAddress(new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"));
    }

    /// <summary>An absolute link to a path of SamePage ("/join?code=…"), on the public address.</summary>
    public Uri Link(HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var root = Configured ?? Local(request);
        return new Uri(root, pathAndQuery.TrimStart('/'));
    }

    /// <summary>The request's own address when it names this machine; otherwise the address the README runs it at.</summary>
    private static Uri Local(HttpRequest request)
    {
        var host = request.Host.Host;
        var isLoopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return isLoopback && request.Host.HasValue
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : Fallback;
    }
}

/// <summary>Registers <see cref="PublicAddress"/> and the host names requests may carry.</summary>
public static class PublicAddressServices
{
    /// <summary>
    /// The public address, and the hosts requests may name: `AllowedHosts` when the operator sets it;
    /// otherwise the public address's host; otherwise this machine's names only.
    /// </summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var address = PublicAddress.From(configuration);
        services.AddSingleton(address);
        if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            services.PostConfigure<HostFilteringOptions>(options =>
                options.AllowedHosts = address.Configured is { } uri ? [uri.IdnHost] : [.. PublicAddress.LoopbackHosts]);
        }

        return services;
    }
}
