using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Named rate-limit policies for the doors people knock on: sign-in, sign-up, recovery and invite
/// redemption. Form submissions count (and, for invites, opening a link with a code); the address is used in memory as the partition and never stored.
/// Limits come from `SamePage:RateLimits:{Policy}:PermitLimit` and `…:WindowSeconds`.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string Recovery = "recovery";
    public const string Invite = "invite";
    public const string SoundingBoard = "sounding-board";

    private static readonly (string Name, string Key, int Permits, int WindowSeconds, Func<HttpRequest, bool> Counts)[] Defaults =
    [
        (SignIn, "SignIn", 10, 60, IsFormSubmission),
        (SignUp, "SignUp", 10, 3600, IsFormSubmission),
        (Recovery, "Recovery", 5, 900, IsFormSubmission),
        // Opening an invite link checks the code too, so it counts as an attempt.
        (Invite, "Invite", 20, 600, request => IsFormSubmission(request) || request.Query.ContainsKey("code")),
        // A sounding-board link's address carries its code, so every request to it is an attempt.
        (SoundingBoard, "SoundingBoard", 30, 600, _ => true),
    ];

    private static bool IsFormSubmission(HttpRequest request) => HttpMethods.IsPost(request.Method);

    public static IServiceCollection AddSamePageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var (name, key, permits, windowSeconds, counts) in Defaults)
            {
                var section = configuration.GetSection($"SamePage:RateLimits:{key}");
                var limit = section.GetValue("PermitLimit", permits);
                var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", windowSeconds));
                options.AddPolicy(name, context =>
                    counts(context.Request)
                        ? RateLimitPartition.GetFixedWindowLimiter(
                            context.Connection.RemoteIpAddress?.ToString() ?? "local",
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
                        : RateLimitPartition.GetNoLimiter("read"));
            }
        });
        return services;
    }
}
