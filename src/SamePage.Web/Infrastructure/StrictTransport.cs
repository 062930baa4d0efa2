using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// HSTS for a year, so a browser that once reached SamePage over HTTPS never tries plain HTTP
/// again; subdomains too when the operator says every one of them serves HTTPS
/// (<c>SamePage:Hsts:IncludeSubDomains</c>, off by default: turning it on commits the whole domain).
/// And no <c>Server</c> header: nothing tells a visitor which web server answers.
/// </summary>
public static class StrictTransport
{
    public const string IncludeSubDomainsSetting = "SamePage:Hsts:IncludeSubDomains";

    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddStrictTransport(this IServiceCollection services, IConfiguration configuration)
    {
        var setting = configuration[IncludeSubDomainsSetting];
        var includeSubDomains = false;
        if (!string.IsNullOrWhiteSpace(setting) && !bool.TryParse(setting.Trim(), out includeSubDomains))
        {
            throw new InvalidOperationException($"{IncludeSubDomainsSetting} must be true or false.");
        }

        services.AddHsts(options =>
        {
            options.MaxAge = MaxAge;
            options.IncludeSubDomains = includeSubDomains;
        });
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }
}
