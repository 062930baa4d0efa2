using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Named rate-limit policies for the doors people knock on: sign-in, sign-up, recovery and invite
/// redemption. Only form submissions count; the address is used in memory as the partition and never stored.
/// Limits come from `SamePage:RateLimits:{Policy}:PermitLimit` and `…:WindowSeconds`.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string Recovery = "recovery";
    public const string Invite = "invite";

    private static readonly (string Name, string Key, int Permits, int WindowSeconds)[] Defaults =
    [
        (SignIn, "SignIn", 10, 60),
        (SignUp, "SignUp", 10, 3600),
        (Recovery, "Recovery", 5, 900),
        (Invite, "Invite", 20, 600),
    ];

    public static IServiceCollection AddSamePageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var (name, key, permits, windowSeconds) in Defaults)
            {
                var section = configuration.GetSection($"SamePage:RateLimits:{key}");
                var limit = section.GetValue("PermitLimit", permits);
                var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", windowSeconds));
                options.AddPolicy(name, context =>
                    HttpMethods.IsPost(context.Request.Method)
                        ? RateLimitPartition.GetFixedWindowLimiter(
                            context.Connection.RemoteIpAddress?.ToString() ?? "local",
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
                        : RateLimitPartition.GetNoLimiter("read"));
            }
        });
        return services;
    }
}
