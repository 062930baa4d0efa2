using System.Net;
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
        await using var budget = new QueryBudget();
        var app = budget.App;
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("We tell each other when we feel drawn to someone."),
            new TestClause("We keep our phones our own.", Category: "online-and-technology"),
            new TestClause("We each keep our own friendships."));
        await AgreementSetup.AddToDraftAsync(app, circle, new TestClause("We talk about it over breakfast, not by text."));
        await AgreementSetup.ProposeAsync(app, circle);
        var path = Paths.Agreement(circle.Circle);
        await circle[0].GetAsync(path); // the first view prepares what every view shares

        var (page, queries) = await budget.CountAsync(() => circle[0].GetAsync(path));
        var (again, queriesAgain) = await budget.CountAsync(() => circle[0].GetAsync(path));

        QueryBudget.WithinBudget("The draft page", Budget, queries, page);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(queries.Count, queriesAgain.Count); // every view alike
    }
}
