using System.Globalization;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// On SIGTERM (systemd's stop, a rolling deploy) the server stops taking connections and lets requests
/// already under way finish, for at most `SamePage:ShutdownSeconds` (30 by default), before it exits.
/// A supervisor should wait longer than that before it kills (docs/OPERATIONS.md).
/// </summary>
public static class GracefulShutdown
{
    public const int DefaultSeconds = 30;

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = int.TryParse(configuration["SamePage:ShutdownSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : DefaultSeconds;
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        return services;
    }
}
