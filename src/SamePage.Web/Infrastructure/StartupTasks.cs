using SamePage.Data;
using SamePage.Web.Content;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Runs before the app takes requests: validates the content (an invalid file stops start-up with
/// its file, line and problem) and applies the database migrations of the configured provider.
/// </summary>
public sealed class StartupTasks(ContentLibrary content, IServiceProvider services) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        content.Load();
        _ = services.GetRequiredService<Safety.ResourceDirectory>(); // an operator's resources file is checked now, not on first use
        await services.MigrateSamePageDbAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
