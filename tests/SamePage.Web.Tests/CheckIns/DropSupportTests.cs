using System.Net;
using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>
/// Issue 6, "Trends": a drop of 2 or more in feeling secure or trusted suggests, kindly and privately,
/// a conversation or a counsellor: to that member only, on every page where it shows.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class DropSupportTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_sharp_drop_in_feeling_secure_offers_support_to_that_member_alone(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await circle.CheckInTogetherAsync(Scores(5), Scores(5));
        var second = await circle.CheckInTogetherAsync(Scores(5, (CheckInItems.Secure, 3)), Scores(4));

        foreach (var url in new[] { Paths.CheckIn(id, second), Paths.CheckInTrends(id) })
        {
            var mine = await a.GetAsync(url);
            var note = mine.Find("#drop-support");
            Assert.NotNull(note);
            Assert.Contains("Feeling secure: 3 now, 5 at check-in 1.", note.TextContent, StringComparison.Ordinal);
            Assert.Contains("doesn't mean anyone has done something wrong", note.TextContent, StringComparison.Ordinal);
            Assert.Contains("counsellor", note.TextContent, StringComparison.Ordinal);
            Assert.Equal("/help", note.QuerySelector("a")!.GetAttribute("href"));

            var theirs = await b.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, theirs.Status);
            Assert.Null(theirs.Find("#drop-support"));
            Assert.DoesNotContain("A note just for you", theirs.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("counsellor", theirs.Body, StringComparison.Ordinal);
        }

        // The agenda is shared, like the scores: it lists the change without blame, and B's 1-point dip is not a drop.
        var agenda = (await b.GetAsync(Paths.CheckIn(id, second))).Find("#agenda-review")!;
        Assert.Equal([CheckInItems.Secure], agenda.QuerySelectorAll("li[data-drop]").Select(li => li.GetAttribute("data-drop")));
        Assert.Contains("Alder: Feeling secure went from 5 to 3 since check-in 1.", agenda.TextContent, StringComparison.Ordinal);
        Assert.Contains("Make time to hear how Alder has been feeling", (await b.GetAsync(Paths.CheckIn(id, second))).Find("#agenda-actions")!.TextContent, StringComparison.Ordinal);
        // The earlier check-in never shows the note.
        Assert.Null((await a.GetAsync(Paths.CheckIn(id, second - 1))).Find("#drop-support"));
    }

    [Theory, Providers]
    public async Task A_drop_in_trust_counts_but_a_drop_in_other_feelings_only_reaches_the_shared_agenda(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        await circle.CheckInTogetherAsync(Scores(6), Scores(6), Scores(4));
        var second = await circle.CheckInTogetherAsync(
            Scores(6),
            Scores(6, (CheckInItems.Trusting, 2)),
            Scores(4, (CheckInItems.Close, 1), (CheckInItems.Satisfied, 2)));

        Assert.Null((await a.GetAsync(Paths.CheckIn(id, second))).Find("#drop-support"));
        Assert.Contains("Feeling able to trust: 2 now, 6 at check-in 1.", (await b.GetAsync(Paths.CheckIn(id, second))).Find("#drop-support")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await c.GetAsync(Paths.CheckIn(id, second))).Find("#drop-support"));
        Assert.Null((await c.GetAsync(Paths.CheckInTrends(id))).Find("#drop-support"));

        var review = (await c.GetAsync(Paths.CheckIn(id, second))).FindAll("#agenda-review li[data-drop]").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Birch: Feeling able to trust went from 6 to 2 since check-in 1.", "You: Feeling satisfied went from 4 to 2 since check-in 1.", "You: Feeling close went from 4 to 1 since check-in 1."],
            review);
    }
}
