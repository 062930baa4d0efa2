using System.Net;
using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Counts the SQL commands one request runs, from EF Core's "command executed" log lines, on an app of
/// its own that logs them. The count includes the sign-in check every signed-in request pays; it leaves
/// out the push outbox's look-up of whom to notify, which runs in the background after a write (and so
/// may land during whichever request comes next). One counter for every page held to a query budget
/// (rounds, the agreement draft, check-ins), counting as <c>SessionCostTests</c> does.
/// </summary>
public sealed class QueryBudget : IAsyncDisposable
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    private readonly CapturedLogs _logs = new();

    public QueryBudget(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
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

    /// <summary>Fails when a request ran more commands than its budget, saying how many it ran.</summary>
    public static void WithinBudget(string what, int budget, IReadOnlyList<string> commands, WebPage page, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.Status == expected, $"{what} answered {page}");
        Assert.True(commands.Count <= budget, $"{what} ran {commands.Count} SQL commands; its budget is {budget}.");
    }

    private List<string> Commands() =>
        [.. _logs.Lines
            .Where(l => l.Category == CommandCategory && l.EventId.Id == CommandExecuted && !l.Text.Contains("@notice_", StringComparison.Ordinal))
            .Select(l => l.Text)];

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
