using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Named rate-limit policies for the doors people knock on: sign-in, sign-up, recovery and invite
/// redemption. Form submissions count (and, for invites, opening a link with a code); the address is used in memory as the partition and never stored.
/// Limits come from `SamePage:RateLimits:{Policy}:PermitLimit` and `…:WindowSeconds`.
/// Besides these, every form a signed-in person submits counts towards their account's own allowance
/// (`Writes`, and `Autosave` for the saves pages make while someone types), partitioned by the account id
/// in memory only: one member cannot flood a circle from however many addresses.
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

    /// <summary>Per account: (config key, default permits, default window). Generous: a person writing fast never meets them.</summary>
    private static readonly (string Key, int Permits, int WindowSeconds) Writes = ("Writes", 60, 60);

    private static readonly (string Key, int Permits, int WindowSeconds) Autosave = ("Autosave", 240, 60);

    private static bool IsFormSubmission(HttpRequest request) => HttpMethods.IsPost(request.Method);

    /// <summary>A save a page makes by itself while someone types or chooses (the Autosave… handlers).</summary>
    private static bool IsAutosave(HttpRequest request) =>
        request.Query["handler"].ToString().StartsWith("Autosave", StringComparison.OrdinalIgnoreCase);

    /// <summary>Signing out, the quick exit included, is never paused: leaving must always work.</summary>
    private static bool IsLeaving(HttpRequest request) =>
        request.Path.StartsWithSegments("/signout", StringComparison.OrdinalIgnoreCase);

    /// <summary>The status or error page shown for a request already counted (a 429 among them).</summary>
    private static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static FixedWindowRateLimiterOptions Options(IConfiguration configuration, (string Key, int Permits, int WindowSeconds) policy)
    {
        var section = configuration.GetSection($"SamePage:RateLimits:{policy.Key}");
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", policy.Permits),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", policy.WindowSeconds)),
            QueueLimit = 0,
        };
    }

    /// <summary>
    /// Every form submission of a signed-in account, in one of two allowances by its kind. The partition
    /// key is the account id, held by the in-memory limiter only: never stored, never logged.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> PerAccount(IConfiguration configuration)
    {
        var writes = Options(configuration, Writes);
        var autosave = Options(configuration, Autosave);
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var account = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
            if (account is null || !IsFormSubmission(context.Request) || IsLeaving(context.Request) || IsReExecution(context))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            return IsAutosave(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter("autosave:" + account, _ => autosave)
                : RateLimitPartition.GetFixedWindowLimiter("writes:" + account, _ => writes);
        });
    }

    public static IServiceCollection AddSamePageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PerAccount(configuration);
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
