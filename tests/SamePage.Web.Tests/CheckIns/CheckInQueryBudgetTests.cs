using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>
/// The check-in page reads each thing once: opening it, autosaving its texts and saving the form each
/// stay within a fixed number of SQL commands, however the code behind them changes.
/// </summary>
public sealed class CheckInQueryBudgetTests
{
    // Each budget is what the request costs now, the signed-in session and opening the circle included.
    // Before the check-in and its state were read once per request, they cost 8, 9, 11 and 10.
    private const int AnsweringPage = 6;
    private const int Autosave = 5;
    private const int SaveButton = 7;
    private const int RevealedPage = 7;
    // The list reads every check-in with who submitted it in one query, and the summary from them (the
    // cadence is the only other read): the same with one check-in or five. Before, each check-in had its
    // state read on its own and the summary read the latest again: 6 with one, 13 with five.
    private const int ListPage = 3;
    private const int ListPageOfFive = ListPage;

    [Fact]
    public async Task The_check_in_page_and_its_autosave_stay_within_their_query_budgets()
    {
        await using var counter = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(counter.App, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        await a.AntiforgeryTokenAsync(); // fetched once and kept: not part of what is counted

        var (opened, page) = await counter.CountAsync(() => a.GetAsync(Paths.CheckIn(id, number)));
        QueryBudget.WithinBudget("The check-in page", AnsweringPage, page, opened);
        var stamp = opened.Find("input[name=AppreciationBase]")!.GetAttribute("value")!;

        var (saved, autosave) = await counter.CountAsync(() => a.PostFormAsync($"{Paths.CheckIn(id, number)}?handler=AutosaveTexts",
            ("Appreciation", "You fixed the bike."), ("AppreciationBase", stamp), ("Topics", string.Empty), ("TopicsBase", stamp)));
        QueryBudget.WithinBudget("The autosave", Autosave, autosave, saved);

        var (kept, save) = await counter.CountAsync(() => a.SaveCheckInAsync(id, number, Scores(4)));
        QueryBudget.WithinBudget("The Save button", SaveButton, save, kept, HttpStatusCode.Redirect);

        await a.CheckInAsync(id, number, Scores(4));
        await circle[1].CheckInAsync(id, number, Scores(5));
        var (results, revealed) = await counter.CountAsync(() => a.GetAsync(Paths.CheckIn(id, number)));
        QueryBudget.WithinBudget("The revealed check-in", RevealedPage, revealed, results);
        Assert.NotNull(results.Find("#check-in-scores"));
    }

    /// <summary>The list of check-ins, with one and with five: a list that grows past its budgets fails here.</summary>
    [Fact]
    public async Task The_check_ins_list_stays_within_its_query_budget()
    {
        await using var counter = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(counter.App, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await circle.CheckInTogetherAsync(Scores(4), Scores(5));
        await a.AntiforgeryTokenAsync();

        var (one, few) = await counter.CountAsync(() => a.GetAsync(Paths.CheckIns(id)));
        QueryBudget.WithinBudget("The check-ins list with one check-in", ListPage, few, one);
        Assert.Single(one.FindAll("#check-in-list li[data-revealed=true]"));

        for (var i = 0; i < 3; i++)
        {
            await circle.CheckInTogetherAsync(Scores(3 + i), Scores(5));
        }

        var open = await a.StartCheckInAsync(id);
        await a.CheckInAsync(id, open, Scores(2));
        var (five, many) = await counter.CountAsync(() => a.GetAsync(Paths.CheckIns(id)));
        QueryBudget.WithinBudget("The check-ins list with five check-ins", ListPageOfFive, many, five);
        Assert.Equal(4, five.FindAll("#check-in-list li[data-revealed=true]").Count);
        Assert.Single(five.FindAll($"#check-in-list li[data-check-in='{open}'][data-revealed=false]"));
    }
}
