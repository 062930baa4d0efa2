using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Content;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Runs before the app takes requests: validates the content (an invalid file stops start-up with
/// its file, line and problem) and applies the database migrations of the configured provider, the
/// two side by side. Once the app listens, EF Core's services and model are built in the background,
/// so the first person's page does not wait for them either.
/// </summary>
public sealed partial class StartupTasks(ContentLibrary content, IServiceProvider services, ILogger<StartupTasks> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // The two are independent and each mostly first-time code (parsing, EF Core's services): side by
        // side, on two cores, start-up waits for the longer one only (docs/BENCHMARKS.md, "Start-up").
        // The content's task is awaited first, so an invalid content file is the error reported.
        var database = Task.Run(() => services.MigrateSamePageDbAsync(cancellationToken), cancellationToken);
        var loading = Task.Run(() =>
        {
            content.Load();
            _ = services.GetRequiredService<Safety.ResourceDirectory>(); // an operator's resources file is checked now, not on first use
        }, cancellationToken);
        try
        {
            await loading;
        }
        finally
        {
            await database.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // never left running behind a content error
        }

        await database;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        // A current SQLite schema is found without EF Core (SqliteSchema), so its services and model
        // would otherwise be built by the first request that reads data. Compiling one query to its
        // SQL builds them and sends nothing to the database.
        _ = Task.Run(() =>
        {
            try
            {
                using var scope = services.CreateScope();
                _ = scope.ServiceProvider.GetRequiredService<SamePageDb>().Memberships.Where(m => m.Id == Guid.Empty).ToQueryString();
            }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or NotSupportedException)
            {
                WarmUpSkipped(logger, e);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "The database warm-up was skipped.")]
    private static partial void WarmUpSkipped(ILogger logger, Exception exception);
}
