using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Agreements;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>"How I connect" (issue 15): the questionnaire's optional last page, sealed and revealed with the round.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class StylesTests(SharedApps apps)
{
    /// <summary>A behaviour in a category the "replying" topic relates to.</summary>
    private static readonly string OnlineBehaviour = TestCatalogue.Behaviours.First(b => b.CategoryId == "online-and-technology").Id;

    [Theory, Providers]
    public async Task The_last_page_of_questions_leads_to_how_i_connect_whose_answers_are_kept_sealed_with_the_round(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var last = TestCatalogue.Categories[^1].Id;

        var lastPage = await a.GetAsync(Paths.Answer(id, 1, last));
        Assert.NotNull(lastPage.Find("button[name=go][value=connect]"));
        Assert.NotNull(lastPage.Find($"nav.answer-pages a[href='{Paths.Styles(id, 1)}']"));
        var onward = await a.AnswerPageAsync(id, 1, last, [], go: "connect");
        Assert.Equal(Paths.Styles(id, 1), onward.Location);

        var page = await a.GetAsync(Paths.Styles(id, 1));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(TestCatalogue.Styles.Items.Count, page.FindAll("fieldset.segmented[data-style]").Count);
        Assert.Equal(TestCatalogue.Styles.Items.Count, page.FindAll("input[value=''][checked]").Count);

        var saved = await a.AnswerStylesAsync(id, 1, [("reply-speed", "0"), ("group-chats", "3")]);
        Assert.Equal($"{Paths.Styles(id, 1)}?saved=true", saved.Location);
        var again = await a.GetAsync(Paths.Styles(id, 1));
        Assert.NotNull(again.Find("input[name='Styles[reply-speed]'][value='0'][checked]"));
        Assert.NotNull(again.Find("input[name='Styles[group-chats]'][value='3'][checked]"));

        // The review lists them with the rest, as optional.
        var review = await a.GetAsync(Paths.Review(id, 1));
        Assert.Contains("Clearly: within minutes", review.Find("#review-styles")!.TextContent, StringComparison.Ordinal);

        // "Rather not say" takes an answer back.
        await a.AnswerStylesAsync(id, 1, [("group-chats", "")]);
        Assert.NotNull((await a.GetAsync(Paths.Styles(id, 1))).Find("input[name='Styles[group-chats]'][value=''][checked]"));

        // Stored inside the sealed answers document, never readable in the database.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var sealedAnswers = await db.RoundResponses.AsNoTracking().Where(x => x.Round.CircleId == id).Select(x => x.SealedAnswers).ToListAsync();
        var raw = Encoding.UTF8.GetString([.. sealedAnswers.Single()]);
        Assert.DoesNotContain("reply-speed", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("styles", raw, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_unreadable_answer_keeps_the_earlier_one_and_says_so_kindly(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AnswerStylesAsync(id, 1, [("reply-speed", "1")]);

        var page = await a.AnswerStylesAsync(id, 1, [("reply-speed", "9"), ("group-chats", "2")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find(".error-summary"));
        Assert.NotNull(page.Find("input[name='Styles[reply-speed]'][value='1'][checked]"));
        Assert.NotNull(page.Find("input[name='Styles[group-chats]'][value='2'][checked]"));
    }

    [Theory, Providers]
    public async Task How_i_connect_can_be_skipped_and_then_the_comparison_has_no_such_section(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerAllStylesAsync(id, 1, 0);

        // Birch never opens the page: submitting works all the same.
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Fine);

        var comparison = await b.GetAsync(Paths.Comparison(id, 1));
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        Assert.Null(comparison.Find("#how-you-connect"));
        Assert.Equal(Paths.Comparison(id, 1), (await a.GetAsync(Paths.Styles(id, 1))).Location);
    }

    [Theory, Providers]
    public async Task Styles_far_apart_are_explained_with_a_guide_and_a_related_hot_spot_links_to_them(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerStylesAsync(id, 1, [("reply-speed", "0"), ("group-chats", "2"), ("contact-with-exes", "1")]);
        await b.AnswerStylesAsync(id, 1, [("reply-speed", "4"), ("group-chats", "2")]);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await b.AnswerAllAsync(id, 1, x => x.Id == OnlineBehaviour ? Stance.Betrayal : Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.SubmitAsync(id, 1);

        var comparison = await a.GetAsync(Paths.Comparison(id, 1));

        var section = comparison.Find("#how-you-connect")!;
        var replying = section.QuerySelector("#style-replying")!;
        Assert.Equal("true", replying.GetAttribute("data-far"));
        Assert.Contains("slow reply", replying.TextContent, StringComparison.Ordinal);
        Assert.NotNull(replying.QuerySelector(".guide"));
        Assert.Equal(["Clearly: within minutes", "Clearly: when I next have a quiet moment, sometimes hours later"],
            replying.QuerySelectorAll("li[data-style='reply-speed'] dd").Select(d => d.TextContent.Trim()));
        Assert.Equal("false", section.QuerySelector("#style-online-socialising")!.GetAttribute("data-far"));
        Assert.Null(section.QuerySelector("#style-keeping-in-touch")); // only Alder answered it

        var hot = comparison.Find($"ul[data-kind=HotSpot] > li[data-behaviour='{OnlineBehaviour}']")!;
        var link = hot.QuerySelector(".style-link a")!;
        Assert.Equal("#style-replying", link.GetAttribute("href"));
        Assert.StartsWith("This may be a difference in style, not in values", link.TextContent, StringComparison.Ordinal);
        Assert.Empty(comparison.FindAll("ul[data-kind=Aligned] .style-link"));

        // A style difference becomes a clause like any comparison item.
        var write = replying.QuerySelectorAll("a").Single(x => x.TextContent.StartsWith("Write it into our agreement", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.StartsWith(Paths.Suggestion(id, 1, "reply-speed"), write, StringComparison.Ordinal);
        var form = await a.GetAsync(write);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("reply-speed", form.Find("input[name='Form.Behaviour']")!.GetAttribute("value"));
        var saved = await a.PostFormAsync(write, AgreementIntents.ClauseFields("We say when we'll be off our phones for a while.", Expectation.TellMe));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(["We say when we'll be off our phones for a while."], await a.DraftTextsAsync(id));
    }

    [Theory, Providers]
    public async Task A_revisit_starts_from_the_last_rounds_ways_of_connecting(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AnswerStylesAsync(id, 1, [("reply-speed", "3")]);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Fine);
        await a.PostFormAsync(Paths.NewRound(id));

        var page = await a.GetAsync(Paths.Styles(id, 2));

        Assert.NotNull(page.Find("input[name='Styles[reply-speed]'][value='3'][checked]"));
    }
}
