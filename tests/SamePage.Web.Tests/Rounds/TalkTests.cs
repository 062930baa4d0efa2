using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>Talk it through: one difference at a time; "we talked about this" is shared by the round's participants.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class TalkTests(SharedApps apps)
{
    private static readonly string[] Hot = [.. TestCatalogue.Behaviours.Take(4).Select(b => b.Id)];

    private static Stance Birch(string behaviour) => Hot.Contains(behaviour) ? Stance.Betrayal : Stance.Fine;

    [Theory, Providers]
    public async Task A_mark_made_by_one_partner_is_seen_by_the_other_on_the_talk_page_and_the_comparison(DatabaseProvider provider)
    {
        using var circle = await RevealedAsync(apps.For(provider));
        var (a, b, id) = (circle[0], circle[1], circle.Circle);

        // Talk mode starts at the first hot spot, in the comparison's order.
        var first = await a.GetAsync(Paths.Talk(id, 1));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var opening = first.Find("article[data-behaviour]")!;
        var behaviour = opening.GetAttribute("data-behaviour")!;
        Assert.Contains(behaviour, Hot);
        Assert.Equal("HotSpot", opening.GetAttribute("data-kind"));
        Assert.False(string.IsNullOrWhiteSpace(opening.QuerySelector("[data-guide] q")?.TextContent));
        Assert.True(opening.QuerySelectorAll(".talk-questions li").Length >= 3);
        Assert.Equal(["Fine with me — no need to mention it", "That would feel like a betrayal"], opening.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()));

        // Alder marks it; it moves on to the next difference.
        var marked = await a.PostFormAsync(Paths.Talk(id, 1), ("at", behaviour));
        Assert.Equal(HttpStatusCode.Redirect, marked.Status);
        var next = await a.FollowAsync(marked);
        Assert.NotEqual(behaviour, next.Find("article[data-behaviour]")!.GetAttribute("data-behaviour"));

        // Birch sees it marked, on the talk page and on the comparison, with the count.
        var seenByB = await b.GetAsync($"{Paths.Talk(id, 1)}?at={behaviour}");
        Assert.Equal("true", seenByB.Find("article[data-behaviour]")!.GetAttribute("data-talked"));
        Assert.Null(seenByB.Find("#talked-about-this"));
        var comparison = await b.GetAsync(Paths.Comparison(id, 1));
        Assert.Equal("true", comparison.Find($"li[data-behaviour='{behaviour}']")!.GetAttribute("data-talked"));
        Assert.Equal($"1 of {Hot.Length} talked about", comparison.Find("#talked-count")!.TextContent.Trim());
        Assert.Equal(Paths.Talk(id, 1), comparison.Find("#talk-it-through")!.GetAttribute("href"));

        // Pressed by mistake: the mark can be taken back.
        Assert.Equal(HttpStatusCode.Redirect, (await b.PostFormAsync(Paths.Talk(id, 1), ("at", behaviour), ("talked", "false"))).Status);
        Assert.Null((await a.GetAsync(Paths.Comparison(id, 1))).Find($"li[data-behaviour='{behaviour}'][data-talked='true']"));
    }

    [Theory, Providers]
    public async Task Partners_marking_at_the_same_moment_keep_every_mark(DatabaseProvider provider)
    {
        using var circle = await RevealedAsync(apps.For(provider));
        var (a, b, id) = (circle[0], circle[1], circle.Circle);

        var marks = await Task.WhenAll(Hot.Select((behaviour, i) => (i % 2 == 0 ? a : b).PostFormAsync(Paths.Talk(id, 1), ("at", behaviour))));

        Assert.All(marks, m => Assert.Equal(HttpStatusCode.Redirect, m.Status));
        Assert.All(marks, m => Assert.DoesNotContain("notice=busy", m.Location, StringComparison.Ordinal));
        var comparison = await a.GetAsync(Paths.Comparison(id, 1));
        Assert.Equal(Hot.Order(), comparison.FindAll("ul[data-kind=HotSpot] > li[data-talked='true']").Select(li => li.GetAttribute("data-behaviour")!).Order());
        Assert.Equal($"{Hot.Length} of {Hot.Length} talked about", comparison.Find("#talked-count")!.TextContent.Trim());

        // Once everything is talked about, the last "next" leads to the end, which says so.
        var end = await a.GetAsync($"{Paths.Talk(id, 1)}?end=true");
        Assert.Contains($"You have talked about all {Hot.Length}.", end.Find("#talk-end")!.TextContent, StringComparison.Ordinal);
        Assert.Null(end.Find("a[href$='/talk']")); // nothing left to pick up
    }

    [Fact]
    public async Task Nobody_outside_the_round_can_see_or_mark_what_was_talked_about()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var circle = await RevealedAsync(app);
        var (a, id) = (circle[0], circle.Circle);
        using var stranger = await app.SignUpAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Paths.Talk(id, 1))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(Paths.Talk(id, 1), ("at", Hot[0]))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(Paths.Talk(id, 7))).Status);
        Assert.Null((await a.GetAsync(Paths.Comparison(id, 1))).Find("li[data-talked='true']"));
    }

    /// <summary>Alder and Birch, round 1 revealed: Birch finds the first four behaviours a betrayal, Alder is fine with everything.</summary>
    private static async Task<CircleSetup> RevealedAsync(AppFactory app)
    {
        var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await b.AnswerAllAsync(id, 1, x => Birch(x.Id));
        await a.SubmitAsync(id, 1);
        await b.SubmitAsync(id, 1);
        return circle;
    }
}
