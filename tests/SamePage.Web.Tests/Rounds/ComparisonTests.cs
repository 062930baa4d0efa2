using System.Net;
using AngleSharp.Html.Dom;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

[Collection(SharedAppForRounds.Name)]
public sealed class ComparisonTests(SharedApps apps)
{
    private static readonly string HotBehaviour = TestCatalogue.Behaviours[TestCatalogue.Behaviours.Count / 2].Id;
    private static readonly string CloseBehaviour = TestCatalogue.Behaviours[^1].Id;

    [Theory, Providers]
    public async Task Hot_spots_come_first(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await b.AnswerAllAsync(id, 1, x => x.Id == HotBehaviour ? Stance.Betrayal : x.Id == CloseBehaviour ? Stance.TellMe : Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.SubmitAsync(id, 1);

        var page = await a.GetAsync(Paths.Comparison(id, 1));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var lists = page.FindAll("ul.compared[data-kind]");
        Assert.Equal(["HotSpot", "Close", "Aligned"], lists.Select(l => l.GetAttribute("data-kind")));
        var hot = Assert.Single(lists[0].Children, c => c.LocalName == "li");
        Assert.Equal(HotBehaviour, hot.GetAttribute("data-behaviour"));
        Assert.Equal(["Fine with me — no need to mention it", "That would feel like a betrayal"], hot.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()));
        Assert.Equal(CloseBehaviour, Assert.Single(lists[1].Children, c => c.LocalName == "li").GetAttribute("data-behaviour"));
        Assert.Equal(TestCatalogue.Behaviours.Count - 2, lists[2].Children.Count(c => c.LocalName == "li"));
        Assert.Contains("Hot spot: 1", page.Find("#pair-summary")!.TextContent);
        Assert.Null(page.Find("#pair-picker"));
        Assert.Null(page.Find("#circle-gaps"));
    }

    [Theory, Providers]
    public async Task With_three_members_there_is_a_pair_picker_and_the_circles_biggest_gaps(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var id = circle.Circle;
        await circle[0].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[1].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[2].AnswerAllAsync(id, 1, x => x.Id == HotBehaviour ? Stance.Betrayal : Stance.Fine);
        foreach (var member in circle.Members)
        {
            await member.SubmitAsync(id, 1);
        }

        var page = await circle[0].GetAsync(Paths.Comparison(id, 1));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var gaps = page.Find("#circle-gaps");
        Assert.NotNull(gaps);
        Assert.Equal(["Behaviour", "Difference", "You", "Birch", "Cedar"], gaps.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var row = Assert.Single(gaps.QuerySelectorAll("tbody tr"));
        Assert.Contains("That would feel like a betrayal", row.TextContent);
        var picker = page.Find("#pair-picker");
        Assert.NotNull(picker);
        var options = page.FindAll("#first option").Cast<IHtmlOptionElement>().ToList();
        Assert.Equal(3, options.Count);
        Assert.Equal(3, page.FindAll("#second option").Count);
        // The default pair is "you" and the next member, who agree on everything.
        Assert.Empty(page.FindAll("ul[data-kind=HotSpot] > li"));

        var birch = options.Single(o => o.Text.Trim() == "Birch").Value;
        var cedar = options.Single(o => o.Text.Trim() == "Cedar").Value;
        var pair = await circle[0].GetAsync($"{Paths.Comparison(id, 1)}?first={birch}&second={cedar}");

        Assert.Equal("Birch and Cedar", pair.Find("#pair-heading")!.TextContent.Trim());
        Assert.Equal(HotBehaviour, Assert.Single(pair.FindAll("ul[data-kind=HotSpot] > li")).GetAttribute("data-behaviour"));
    }

    [Fact]
    public async Task A_pair_that_is_not_in_the_circle_falls_back_to_the_default_pair()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch", "Cedar");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Hurts, Stance.Betrayal);

        foreach (var query in new[] { $"?first={Guid.NewGuid()}&second={Guid.NewGuid()}", "?first=junk&second=%00", "?first=&second=" })
        {
            var page = await circle[0].GetAsync(Paths.Comparison(circle.Circle, 1) + query);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("You and Birch", page.Find("#pair-heading")!.TextContent.Trim());
        }
    }
}
