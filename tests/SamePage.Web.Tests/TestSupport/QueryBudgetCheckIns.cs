using System.Net;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Counts the SQL commands the app runs for one request, from EF Core's "command executed" log events
/// (the same counting as <c>SessionCostTests</c>), so a page can be held to its query budget.
/// </summary>
public sealed class QueryBudgetCheckIns
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    /// <summary>The settings an app needs for its commands to reach the log.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" };

    public CapturedLogs Logs { get; } = new();

    /// <summary>The commands run while <paramref name="request"/> ran, and its answer.</summary>
    public async Task<(int Queries, WebPage Page)> CountAsync(Func<Task<WebPage>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var before = Count();
        var page = await request();
        return (Count() - before, page);
    }

    /// <summary>Fails when a request ran more commands than its budget, saying how many it ran.</summary>
    public static void WithinBudget(string what, int budget, int queries, WebPage page, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.Status == expected, $"{what} answered {page}");
        Assert.True(queries <= budget, $"{what} ran {queries} SQL commands; its budget is {budget}.");
    }

    private int Count() => Logs.Lines.Count(l => l.Category == CommandCategory && l.EventId.Id == CommandExecuted);
}
