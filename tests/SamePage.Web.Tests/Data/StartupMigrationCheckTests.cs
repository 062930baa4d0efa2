using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Issue 17, start-up: a start on a SQLite database whose schema is current finds so with the
/// driver and sends EF Core no command at all (no lock, no read of the history through EF Core, no
/// model comparison); the full migration path runs only when a migration is missing.
/// </summary>
public sealed class StartupMigrationCheckTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public async Task A_start_on_a_current_schema_sends_EF_Core_no_command_and_serves()
    {
        var logs = new CapturedLogs();
        var first = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }) { Logs = logs };
        first.Start();
        Assert.Contains(logs.Lines, l => l.Category == CommandCategory && l.Text.Contains("__EFMigrationsLock", StringComparison.Ordinal)); // the first start migrates
        var before = logs.Lines.Count;

        await using var restarted = await first.RestartAsync();
        restarted.Start();
        using var person = restarted.NewPerson();
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/health/ready")).Status);

        Assert.DoesNotContain(logs.Lines.Skip(before), l => l.Category == CommandCategory && l.Text.Contains("__EFMigrations", StringComparison.Ordinal));
    }
}
