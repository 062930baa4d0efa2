using System.Net;
using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Accounts;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// The server-side session replaced the old per-request checks (the account still exists, and every
/// 5 minutes the security stamp) with one query, and this node remembers that check for
/// <see cref="SessionCache.Lifetime"/>: a signed-in request costs exactly one SQL command when the
/// session was not checked on this node a moment ago, none when it was, and "last seen" is written at
/// most once a day.
/// </summary>
public sealed class SessionCostTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    [Fact]
    public async Task A_signed_in_request_costs_one_query_none_while_this_node_remembers_it_and_last_seen_is_written_once_a_day()
    {
        var logs = new CapturedLogs();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero));
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }, clock) { Logs = logs };
        using var person = await app.SignUpAsync();
        var lifetime = TimeSpan.FromSeconds(SessionCache.DefaultSeconds);

        // /help reads nothing itself: what it costs is what any signed-in request costs.
        Assert.Equal(1, await CostAsync(logs, person));
        Assert.Equal(0, await CostAsync(logs, person)); // checked a moment ago on this node
        clock.Advance(lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await CostAsync(logs, person));
        clock.Advance(TimeSpan.FromSeconds(1)); // the node's memory of it has run out
        Assert.Equal(1, await CostAsync(logs, person));
        clock.Advance(TimeSpan.FromMinutes(6)); // past the old 5-minute security-stamp check
        Assert.Equal(1, await CostAsync(logs, person));
        Assert.Equal(0, await CostAsync(logs, person));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await CostAsync(logs, person));

        clock.Advance(TimeSpan.FromHours(3)); // 00:06 the next day: the first request moves "last seen" on
        Assert.Equal(2, await CostAsync(logs, person));
        Assert.Equal(0, await CostAsync(logs, person)); // and remembers it moved: no second write
        clock.Advance(lifetime);
        Assert.Equal(1, await CostAsync(logs, person));
    }

    [Fact]
    public async Task A_remembered_check_is_never_taken_for_a_session_that_ended_on_this_node()
    {
        var logs = new CapturedLogs();
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }) { Logs = logs };
        using var person = await app.SignUpAsync();
        using var copy = person.MoveTo(app);
        Assert.Equal(1, await CostAsync(logs, copy));
        Assert.Equal(0, await CostAsync(logs, copy)); // remembered

        Assert.Equal(HttpStatusCode.Redirect, (await person.SignOutAsync()).Status);

        var page = await copy.GetAsync("/help");
        Assert.Null(page.Find("form[data-quick-exit-signout]")); // refused at once, though remembered a moment ago
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
