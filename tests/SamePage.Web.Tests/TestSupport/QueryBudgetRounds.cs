using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Counts the SQL commands one request runs, from EF Core's "command executed" log lines, on an app of
/// its own that logs them. The count includes the sign-in check every signed-in request pays; it leaves
/// out the push outbox's look-up of whom to notify, which runs in the background after a write (and so
/// may land during whichever request comes next).
/// </summary>
public sealed class QueryBudgetRounds : IAsyncDisposable
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    private readonly CapturedLogs _logs = new();

    public QueryBudgetRounds(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        App = new AppFactory(provider, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }) { Logs = _logs };

    public AppFactory App { get; }

    /// <summary>The page a request answered and the SQL commands (their text) it ran.</summary>
    public async Task<(WebPage Page, IReadOnlyList<string> Commands)> CountAsync(Func<Task<WebPage>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var before = Commands().Count;
        var page = await request();
        return (page, [.. Commands().Skip(before)]);
    }

    private List<string> Commands() =>
        [.. _logs.Lines
            .Where(l => l.Category == CommandCategory && l.EventId.Id == CommandExecuted && !l.Text.Contains("@notice_", StringComparison.Ordinal))
            .Select(l => l.Text)];

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
