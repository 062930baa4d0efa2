using System.Net;
using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// The server-side session replaced the old per-request checks (the account still exists, and every
/// 5 minutes the security stamp) with one query: a signed-in request costs exactly one SQL command,
/// at any time after signing in, and "last seen" is written at most once a day.
/// </summary>
public sealed class SessionCostTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    [Fact]
    public async Task A_signed_in_request_costs_one_query_and_last_seen_is_written_once_a_day()
    {
        var logs = new CapturedLogs();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero));
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }, clock) { Logs = logs };
        using var person = await app.SignUpAsync();

        // /help reads nothing itself: what it costs is what any signed-in request costs.
        Assert.Equal(1, await CostAsync(logs, person));
        clock.Advance(TimeSpan.FromMinutes(6)); // past the old 5-minute security-stamp check
        Assert.Equal(1, await CostAsync(logs, person));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await CostAsync(logs, person));

        clock.Advance(TimeSpan.FromHours(3)); // 00:06 the next day: the first request moves "last seen" on
        Assert.Equal(2, await CostAsync(logs, person));
        Assert.Equal(1, await CostAsync(logs, person));
    }

    private static async Task<int> CostAsync(CapturedLogs logs, Person person)
    {
        var before = Count(logs);
        var page = await person.GetAsync("/help");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("form[data-quick-exit-signout]")); // still signed in
        return Count(logs) - before;
    }

    private static int Count(CapturedLogs logs) =>
        logs.Lines.Count(l => l.Category == CommandCategory && l.EventId.Id == CommandExecuted);
}
