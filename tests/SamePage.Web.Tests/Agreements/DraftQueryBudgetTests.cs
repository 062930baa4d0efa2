using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

/// <summary>The draft page reads each thing once: its query count is held to a budget.</summary>
public sealed class DraftQueryBudgetTests
{
    /// <summary>
    /// The draft page with an active version, an open proposal and a draft, viewed by a member: the
    /// session; the circle with its members; the versions with their signatures; the draft's revision,
    /// to settle the open proposal; the draft's revision with its clauses. (It ran 7 before the
    /// agreement desks were split: the open proposals and the draft's revision were read twice.)
    /// </summary>
    private const int Budget = 5;

    [Fact]
    public async Task The_draft_page_stays_within_its_query_budget()
    {
        var logs = new CapturedLogs();
        await using var app = new AppFactory(DatabaseProvider.Sqlite, QueryBudgetAgreements.CommandLogging) { Logs = logs };
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("We tell each other when we feel drawn to someone."),
            new TestClause("We keep our phones our own.", Category: "online-and-technology"),
            new TestClause("We each keep our own friendships."));
        await AgreementSetup.AddToDraftAsync(app, circle, new TestClause("We talk about it over breakfast, not by text."));
        await AgreementSetup.ProposeAsync(app, circle);
        var path = Paths.Agreement(circle.Circle);
        await circle[0].GetAsync(path); // the first view prepares what every view shares

        var queries = await QueryBudgetAgreements.QueriesOfAsync(logs, circle[0], path);

        Assert.True(queries <= Budget, $"The draft page ran {queries} queries; its budget is {Budget}.");
        Assert.Equal(queries, await QueryBudgetAgreements.QueriesOfAsync(logs, circle[0], path)); // every view alike
    }
}
