using SamePage.Data;
using SamePage.Web.Content;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Runs before the app takes requests: validates the content (an invalid file stops start-up with
/// its file, line and problem) and applies the database migrations of the configured provider, the
/// two side by side.
/// </summary>
public sealed class StartupTasks(ContentLibrary content, IServiceProvider services) : IHostedLifecycleService
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

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
