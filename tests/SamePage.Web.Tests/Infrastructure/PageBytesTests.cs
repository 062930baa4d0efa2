using System.Net;
using SamePage.Core.Concerns;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using Xunit.Abstractions;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>
/// Every page of a whole flow stays within 30 KB on the wire: compressed where the app compresses it,
/// as it is where it does not (pages showing a secret, or private drafts beside a partner's text). The
/// flow is two partners from sign-up to check-ins, concerns, settings and a second round, and a circle
/// of four; each member's answers differ from the others' so the comparison has much to show. The
/// report lists every page's size, compressed and unpacked.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class PageBytesTests(SharedApps apps, ITestOutputHelper output)
{
    /// <summary>
    /// The comparison's markup, unpacked, for a pair who differ on most behaviours. It once was 159 KB
    /// (with 32 KB of indentation); it is held well under that so that a partial repeating long markup
    /// per behaviour shows here before it shows on the wire.
    /// </summary>
    private const int ComparisonMarkup = 100 * 1024;

    [Fact]
    public async Task Every_page_of_two_partners_from_sign_up_to_a_second_round_stays_within_30_KB_on_the_wire()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var budget = new ByteBudget();
        using var stranger = budget.NewPerson(app);
        foreach (var page in new[] { "/", "/signin", "/signup", "/help", "/safety-check" })
        {
            await stranger.GetAsync(page);
        }

        using var a = budget.NewPerson(app);
        await a.SignUpAsync(Names.Username(), Names.Passphrase());
        await a.GetAsync("/circles");
        await a.GetAsync("/circles/new");
        var id = await a.CreateCircleAsync("Us", "Alder");
        await a.GetAsync(Paths.Circle(id));
        await a.GetAsync(Paths.Invite(id));
        var code = await a.InviteAsync(id);

        using var b = budget.NewPerson(app);
        await b.SignUpAsync(Names.Username(), Names.Passphrase());
        await b.GetAsync($"/join?code={Uri.EscapeDataString(code)}");
        await b.JoinCircleAsync(id, code, "Birch");

        // The questionnaire, each page before it is answered and after, then the review and the wait.
        foreach (var category in TestCatalogue.Categories)
        {
            await a.GetAsync(Paths.Answer(id, 1, category.Id));
        }

        await a.AnswerAllAsync(id, 1, Pattern(0));
        await a.GetAsync(Paths.Answer(id, 1, TestCatalogue.Categories[^1].Id));
        await a.GetAsync(Paths.Styles(id, 1));
        await a.AnswerAllStylesAsync(id, 1, 0);
        await a.GetAsync(Paths.Behaviours(id));
        await a.GetAsync(Paths.Review(id, 1));
        await a.SubmitAsync(id, 1);
        await a.GetAsync(Paths.Review(id, 1));
        await a.GetAsync(Paths.Circle(id));
        await b.AnswerAllAsync(id, 1, Pattern(1));
        await b.AnswerAllStylesAsync(id, 1, 4);
        await b.SubmitAsync(id, 1);

        // After the reveal: the comparison and everything that starts from it.
        var comparison = await a.GetAsync(Paths.Comparison(id, 1));
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        Assert.InRange(comparison.FindAll("main form").Count, 0, 1);
        var comparisonBytes = budget.Last(Paths.Comparison(id, 1));
        await b.GetAsync(Paths.Comparison(id, 1));
        await a.GetAsync(Paths.Talk(id, 1));
        await a.GetAsync(Paths.BlindSpots(id, 1));
        await a.GetAsync(Paths.Journal(id, 1));
        await a.GetAsync(Paths.Reflections(id, 1));
        await a.GetAsync(Paths.Suggestion(id, 1, TestCatalogue.Behaviours[0].Id));

        // The agreement: a draft, proposed, signed by both, its versions, print and comparison.
        await a.GetAsync(Paths.Agreement(id));
        foreach (var text in new[] { "We tell each other before meeting an ex.", "Phones stay private.", "Flirting is fine, more is not." })
        {
            await a.AddClauseAsync(id, text);
        }

        await a.GetAsync(Paths.Agreement(id));
        await a.ProposeAsync(id);
        await a.GetAsync(Paths.Version(id, 1));
        await a.SignAsync(id, 1);
        await b.SignAsync(id, 1);
        await a.GetAsync(Paths.Version(id, 1));
        await a.GetAsync(Paths.Versions(id));
        await a.GetAsync(Paths.AgreementPrint(id, 1));
        await a.GetAsync(Paths.Circle(id));

        // Check-ins, concerns, a self-check.
        await a.GetAsync(Paths.CheckIns(id));
        var number = await a.StartCheckInAsync(id);
        await a.GetAsync(Paths.CheckIn(id, number));
        await a.CheckInAsync(id, number, [.. Scores(4), Appreciation("Thank you for the walk."), Topics("Weekends")]);
        await b.CheckInAsync(id, number, [.. Scores(3), Appreciation("Dinner was lovely."), Topics("Money")]);
        await a.GetAsync(Paths.CheckIn(id, number));
        await a.GetAsync(Paths.CheckInTrends(id));
        await a.GetAsync(Paths.NewConcern(id));
        await a.DraftConcernAsync(id, "Something I noticed last week.", "Unsettled", "A talk");
        var concern = await b.RaiseConcernAsync(id, "The late messages.", [1], "Left out", "Some warning");
        await a.GetAsync(Paths.Concerns(id));
        await a.GetAsync(Paths.Concern(id, concern));
        await a.GetAsync(Paths.SelfCheck(id));

        // Settings and export.
        foreach (var page in new[] { "/account", "/account/passphrase", "/account/sessions", "/account/notifications", "/account/time-zone", "/account/sounding-board", "/account/export", "/account/delete" })
        {
            await a.GetAsync(page);
        }

        // A second round: its comparison shows what changed since the first.
        await a.PostFormAsync(Paths.NewRound(id));
        await a.AnswerAllAsync(id, 2, Pattern(2));
        await a.SubmitAsync(id, 2);
        await b.AnswerAllAsync(id, 2, Pattern(1));
        await b.SubmitAsync(id, 2);
        var revisit = await a.GetAsync(Paths.Comparison(id, 2));
        Assert.NotNull(revisit.Find("#since-last-round"));
        await a.GetAsync(Paths.Changes(id, 2));

        Report(budget);
        ByteBudget.WithinBudget(budget.Pages);
        Assert.Null(budget.Last(Paths.Concerns(id)).Encoding);
        Assert.Equal("br", comparisonBytes.Encoding);
        Assert.True(comparisonBytes.Raw <= ComparisonMarkup, $"The comparison is {comparisonBytes.Raw} bytes unpacked, over {ComparisonMarkup}.");
    }

    [Fact]
    public async Task The_comparison_of_a_circle_of_four_stays_within_30_KB_on_the_wire_for_every_pair()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var budget = new ByteBudget();
        var members = new List<Person>();
        try
        {
            var first = budget.NewPerson(app);
            members.Add(first);
            await first.SignUpAsync(Names.Username(), Names.Passphrase());
            var id = await first.CreateCircleAsync("Us four", "Alder");
            foreach (var name in new[] { "Birch", "Cedar", "Dogwood" })
            {
                var code = await first.InviteAsync(id);
                var member = budget.NewPerson(app);
                members.Add(member);
                await member.SignUpAsync(Names.Username(), Names.Passphrase());
                await member.JoinCircleAsync(id, code, name);
            }

            for (var i = 0; i < members.Count; i++)
            {
                await members[i].AnswerAllAsync(id, 1, Pattern(i));
                await members[i].SubmitAsync(id, 1);
            }

            var page = await first.GetAsync(Paths.Comparison(id, 1));
            Assert.NotNull(page.Find("#pair-picker"));
            Assert.NotNull(page.Find("#heat-map"));
            var ids = page.FindAll("#first option").Select(o => o.GetAttribute("value")!).ToList();
            Assert.Equal(4, ids.Count);
            await first.GetAsync($"{Paths.Comparison(id, 1)}?first={ids[2]}&second={ids[3]}");
            await members[3].GetAsync(Paths.Comparison(id, 1));
            await first.GetAsync(Paths.Talk(id, 1));

            Report(budget);
            ByteBudget.WithinBudget(budget.Pages);
        }
        finally
        {
            members.ForEach(m => m.Dispose());
        }
    }

    [Theory]
    [InlineData("<ul>\n    <li>a</li>\n\n    <li>b</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>")]
    [InlineData("<p>one\n    two</p>", "<p>one\ntwo</p>")]
    [InlineData("<div>\n  <textarea name=t>\n  kept\n    as typed</textarea>\n  </div>", "<div>\n<textarea name=t>\n  kept\n    as typed</textarea>\n</div>")]
    [InlineData("<PRE class=x>\n  a\n    b\n</PRE>\n  <p>", "<PRE class=x>\n  a\n    b\n</PRE>\n<p>")]
    [InlineData("<script>\n  let a = `x\n  y`;\n</script>\n  <presence>", "<script>\n  let a = `x\n  y`;\n</script>\n<presence>")]
    [InlineData("<p>café\n    naïve</p>", "<p>café\nnaïve</p>")]
    public void Markup_loses_its_indentation_but_never_the_text_of_pre_textarea_script_or_style(string html, string trimmed)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var length = SamePage.Web.Infrastructure.TrimmedMarkup.Trim(bytes);
        Assert.Equal(trimmed, System.Text.Encoding.UTF8.GetString(bytes, 0, length));
    }

    [Fact]
    public async Task A_journal_answer_with_its_own_line_breaks_and_indentation_comes_back_as_written()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var a = await app.SignUpAsync();
        var id = await a.CreateCircleAsync();
        var text = "First line\n    indented second line\n\n        and a third";
        await a.WriteJournalAsync(id, 1, (SamePage.Core.Reflections.ReflectionPrompts.FeelingSecure, text));
        var page = await a.GetAsync(Paths.Journal(id, 1));
        Assert.Contains(page.FindAll("textarea"), t => t.TextContent.ReplaceLineEndings("\n").Trim('\n') == text);
        Assert.DoesNotContain("\n    <", page.Body, StringComparison.Ordinal);
    }

    /// <summary>Answers that differ from one member to the next: member 0 and 1 disagree on most behaviours.</summary>
    private static Func<SamePage.Core.Catalogue.Behaviour, Stance> Pattern(int member) => behaviour =>
    {
        var index = TestCatalogue.Behaviours.ToList().FindIndex(b => b.Id == behaviour.Id);
        return StanceScale.All[(index * (member + 2) + member * 3) % StanceScale.All.Count];
    };

    private void Report(ByteBudget budget)
    {
        foreach (var page in budget.Pages.GroupBy(p => (p.Method, p.Page)).Select(g => g.MaxBy(p => p.Wire)!).OrderByDescending(p => p.Wire))
        {
            output.WriteLine(page.ToString());
        }
    }
}
