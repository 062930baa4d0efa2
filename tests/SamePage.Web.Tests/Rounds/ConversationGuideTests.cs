using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>Each difference on the comparison comes with a way to talk about it, the same for both partners.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ConversationGuideTests(SharedApps apps)
{
    private static readonly string HotBehaviour = TestCatalogue.Behaviours[3].Id;
    private static readonly string UnsureBehaviour = TestCatalogue.Behaviours[^2].Id;

    [Fact]
    public async Task Differences_come_with_a_guide_and_both_partners_see_the_same_one()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await b.AnswerAllAsync(id, 1, x => x.Id == HotBehaviour ? Stance.Betrayal : x.Id == UnsureBehaviour ? Stance.Unsure : Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.SubmitAsync(id, 1);

        var seenByA = await a.GetAsync(Paths.Comparison(id, 1));
        var seenByB = await b.GetAsync(Paths.Comparison(id, 1));

        Assert.Equal(HttpStatusCode.OK, seenByA.Status);
        Assert.True(seenByA.FindAll("#general-guidance li").Count >= 3);
        var hot = seenByA.Find($"li[data-behaviour='{HotBehaviour}'] [data-guide='HotSpot']");
        Assert.NotNull(hot);
        Assert.False(string.IsNullOrWhiteSpace(hot.QuerySelector("q")?.TextContent));
        Assert.True(hot.QuerySelectorAll("ul li").Length >= 3);
        Assert.Equal(hot.TextContent, seenByB.Find($"li[data-behaviour='{HotBehaviour}'] [data-guide='HotSpot']")!.TextContent);
        Assert.NotNull(seenByA.Find($"li[data-behaviour='{UnsureBehaviour}'] [data-guide='Unsure']"));
        Assert.Empty(seenByA.FindAll("ul.compared[data-kind='Aligned'] [data-guide]"));
    }
}
