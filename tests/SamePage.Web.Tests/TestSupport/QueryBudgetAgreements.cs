using System.Net;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Counts the SQL commands one page view runs, from EF Core's command log (as <c>SessionCostTests</c>
/// does), so a page can be held to its query budget. Performance is never timed; counts are stable.
/// </summary>
public static class QueryBudgetAgreements
{
    public const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    /// <summary>Settings that make the app log every command it executes.</summary>
    public static IReadOnlyDictionary<string, string?> CommandLogging { get; } =
        new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" };

    /// <summary>How many commands a GET of <paramref name="path"/> runs (it must answer 200).</summary>
    public static async Task<int> QueriesOfAsync(CapturedLogs logs, Person person, string path)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(person);
        var before = Count(logs);
        var page = await person.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return Count(logs) - before;
    }

    private static int Count(CapturedLogs logs) =>
        logs.Lines.Count(l => l.Category == CommandCategory && l.EventId.Id == CommandExecuted);
}
