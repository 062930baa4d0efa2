using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Issue 17, start-up: a start on a database whose schema is current reads the migrations history
/// and stops there; the full migration path (its lock, the model comparison) runs only when a
/// migration is missing.
/// </summary>
public sealed class StartupMigrationCheckTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public async Task A_start_on_a_current_schema_takes_no_migration_lock_and_serves()
    {
        var logs = new CapturedLogs();
        var first = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }) { Logs = logs };
        first.Start();
        Assert.Contains(logs.Lines, l => l.Category == CommandCategory && l.Text.Contains("__EFMigrationsLock", StringComparison.Ordinal)); // the first start migrates
        var before = logs.Lines.Count;

        await using var restarted = await first.RestartAsync();
        restarted.Start();

        var commands = logs.Lines.Skip(before).Where(l => l.Category == CommandCategory).Select(l => l.Text).ToList();
        Assert.DoesNotContain(commands, text => text.Contains("__EFMigrationsLock", StringComparison.Ordinal));
        Assert.Contains(commands, text => text.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
        using var person = restarted.NewPerson();
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/health")).Status);
    }
}
