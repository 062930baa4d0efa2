using System.Net;
using SamePage.Core.Stances;
using SamePage.Web.Tests.TestSupport;
using Xunit.Abstractions;

namespace SamePage.Web.Tests.Rounds;

/// <summary>
/// Each page of a round reads a thing once per request: the round's state once, the revealed answers
/// once. The budgets are the counts measured when that was made so (each comment says what the page
/// cost before); a page that grows past its budget fails here.
/// </summary>
public sealed class RoundQueryBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_comparison_stays_within_its_query_budget()
    {
        await using var budget = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(budget.App, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);

        var (page, commands) = await budget.CountAsync(() => circle[0].GetAsync(Paths.Comparison(circle.Circle, 1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        output.WriteLine($"comparison, round 1: {System.Text.Encoding.UTF8.GetByteCount(page.Body)} bytes, {page.FindAll("form").Count} forms, {page.FindAll("input[name=__RequestVerificationToken]").Count} antiforgery tokens");
        Report("comparison, round 1", commands);

        // One form at most, never one per difference: what one can do about a difference is a link; the
        // only tokens are the layout's (sign out, quick exit, time zone, language), none per item.
        Assert.Empty(page.FindAll("li.difference form, ul.compared form"));
        Assert.InRange(page.FindAll("main form").Count, 0, 1);
        Assert.InRange(page.FindAll("input[name=__RequestVerificationToken]").Count, 0, 4);
        Assert.Equal(TestCatalogue.Behaviours.Count, page.FindAll("li.difference .difference-actions a[href*='/talk']").Count);
        Assert.InRange(commands.Count, 1, Budgets.Comparison);
    }

    [Fact]
    public async Task The_comparison_of_a_revisit_stays_within_its_query_budget()
    {
        await using var budget = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(budget.App, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.TellMe);
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].PostFormAsync(Paths.NewRound(circle.Circle))).Status);
        await circle.RevealRoundAsync(2, Stance.Fine, Stance.Fine);

        var (page, commands) = await budget.CountAsync(() => circle[0].GetAsync(Paths.Comparison(circle.Circle, 2)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("#since-last-round"));
        Report("comparison, revisit", commands);
        Assert.InRange(commands.Count, 1, Budgets.ComparisonOfRevisit);
    }

    [Fact]
    public async Task The_answer_page_and_its_autosave_stay_within_their_query_budgets()
    {
        await using var budget = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(budget.App, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var category = TestCatalogue.Categories[0].Id;
        var behaviour = RoundIntents.FirstIn(category).Id;
        Assert.Equal(HttpStatusCode.Redirect, (await a.AnswerPageAsync(id, 1, category, [(behaviour, "Fine")])).Status);
        await a.AntiforgeryTokenAsync();

        var (page, commands) = await budget.CountAsync(() => a.GetAsync(Paths.Answer(id, 1, category)));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Report("answer page", commands);
        Assert.InRange(commands.Count, 1, Budgets.AnswerPage);

        var (saved, saving) = await budget.CountAsync(() => a.PostFormAsync(Paths.Autosave(id, 1, category), ($"Answers[{behaviour}]", "TellMe")));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Report("autosave", saving);
        Assert.InRange(saving.Count, 1, Budgets.Autosave);
    }

    [Fact]
    public async Task Submitting_the_last_answers_stays_within_its_query_budget()
    {
        await using var budget = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(budget.App, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.AnswerAllAsync(id, 1, Stance.Fine);
        await b.AntiforgeryTokenAsync();

        var (page, commands) = await budget.CountAsync(() => b.SubmitAsync(id, 1));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(Paths.Comparison(id, 1), page.Location);
        Report("submit (revealing)", commands);
        Assert.InRange(commands.Count, 1, Budgets.Submit);
    }

    /// <summary>
    /// Leaving reveals the round the others have all submitted. Whether the circle is a demo is asked
    /// once (a demo is deleted instead), not again at the reveal: the round is counted as revealed.
    /// </summary>
    [Fact]
    public async Task Leaving_that_reveals_the_round_stays_within_its_query_budget_and_asks_once_about_a_demo()
    {
        await using var budget = new QueryBudget();
        using var circle = await CircleSetup.CreateAsync(budget.App, "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.AnswerAllAsync(id, 1, Stance.TellMe);
        await b.SubmitAsync(id, 1);
        await c.AntiforgeryTokenAsync();

        var (page, commands) = await budget.CountAsync(() => c.LeaveAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Report("leave (revealing)", commands);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(Paths.Comparison(id, 1))).Status);
        Assert.Single(commands, q => q.Contains("\"DemoOwnerId\" IS NOT NULL", StringComparison.Ordinal) && !q.Contains("DELETE", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(commands.Count, 1, Budgets.LeaveRevealing);
    }

    private void Report(string what, IReadOnlyList<string> commands)
    {
        output.WriteLine($"{what}: {commands.Count} SQL commands");
        foreach (var command in commands)
        {
            output.WriteLine("  " + command.ReplaceLineEndings(" ")[..Math.Min(240, command.Length)]);
        }
    }

    /// <summary>SQL commands per request, the sign-in check included (before the state and answers were read once per request → now).</summary>
    private static class Budgets
    {
        /// <summary>11 → 8: the round's state was read twice (four queries), now once with the members the open circle already has.</summary>
        public const int Comparison = 8;

        /// <summary>17 → 9 → 8: the state of both rounds was read three times and this round's answers opened twice; then English content built once.</summary>
        public const int ComparisonOfRevisit = 8;

        /// <summary>7 → 6 → 5.</summary>
        public const int AnswerPage = 5;

        /// <summary>10 → 7 → 6: the save re-read the state the page had just read.</summary>
        public const int Autosave = 6;

        /// <summary>13 → 8 → 7: the state was read three times (six queries), now once.</summary>
        public const int Submit = 7;

        /// <summary>Leaving, which reveals the round the others submitted: measured when the reveal stopped asking again whether the circle is a demo.</summary>
        public const int LeaveRevealing = 18;
    }
}
