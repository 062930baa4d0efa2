using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SamePage.Data;
using SamePage.Web.Content;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// `/health/live` (the process answers) and `/health/ready` (the database answers, every migration is
/// applied, the content is loaded), for a process supervisor or a load balancer. Both answer only
/// `Healthy` or `Unhealthy` (503): no check names, no exception text, nothing an anonymous caller could
/// learn the set-up from; the reasons go to the log. `/health` stays what it was, the readiness answer
/// under its older name.
/// </summary>
public static class Health
{
    private const string Ready = "ready";

    public static IServiceCollection AddSamePageHealth(this IServiceCollection services)
    {
        services.AddSingleton<MigrationsSeen>();
        services.AddHealthChecks()
            .AddCheck<DatabaseReady>("database", tags: [Ready])
            .AddCheck<ContentReady>("content", tags: [Ready]);
        return services;
    }

    public static WebApplication MapSamePageHealth(this WebApplication app)
    {
        // The default writer writes the overall status only; checks never put details in the answer.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
        return app;
    }

    /// <summary>
    /// The database answers and knows every migration this build has. Once it did, this process
    /// stops asking about migrations: they are never taken back while it runs (a newer node only
    /// adds its own), so later checks are one connection, not a read of the migration history.
    /// </summary>
    private sealed class DatabaseReady(DatabaseProbe probe, MigrationsSeen seen) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                if (!await probe.AnswersAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy("The database does not answer.");
                }

                if (seen.Applied)
                {
                    return HealthCheckResult.Healthy();
                }

                var missing = await probe.MissingMigrationsAsync(cancellationToken);
                seen.Applied = missing == 0;
                return seen.Applied ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{missing} migrations are not applied.");
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The health service logs the reason (at Error); the answer stays one word.
                return HealthCheckResult.Unhealthy("The database does not answer.", e);
            }
        }
    }

    /// <summary>Whether this process has seen every migration applied (kept for the app's lifetime).</summary>
    private sealed class MigrationsSeen
    {
        private volatile bool _applied;

        public bool Applied
        {
            get => _applied;
            set => _applied = value;
        }
    }

    private sealed class ContentReady(ContentLibrary content) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(content.IsLoaded ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The content is not loaded."));
    }
}
