using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>Issue 3, "New round": the comparison of a revisit can show what changed since the last round.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ChangesTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_revisit_shows_whose_answers_moved_and_where_the_pair_came_closer_or_drifted(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var (first, second) = (TestCatalogue.Behaviours[0], TestCatalogue.Behaviours[1]);
        await a.AnswerAllAsync(id, 1, x => x.Id == first.Id ? Stance.Betrayal : Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.AnswerAllAsync(id, 1, Stance.Fine);
        await b.SubmitAsync(id, 1);

        var roundOne = await a.GetAsync(Paths.Changes(id, 1));
        Assert.Equal(HttpStatusCode.OK, roundOne.Status);
        Assert.NotNull(roundOne.Find("#no-earlier-round"));
        Assert.Null((await a.GetAsync(Paths.Comparison(id, 1))).Find("#since-last-round"));

        await a.PostFormAsync(Paths.NewRound(id));
        // Round 2: A softens on the first behaviour (closer); B becomes strict on the second (further apart).
        await a.AnswerPageAsync(id, 2, first.CategoryId, [(first.Id, nameof(Stance.TellMe))]);
        await a.SubmitAsync(id, 2);
        await b.AnswerPageAsync(id, 2, second.CategoryId, [(second.Id, nameof(Stance.Betrayal))]);
        await b.SubmitAsync(id, 2);

        var comparison = await b.GetAsync(Paths.Comparison(id, 2));
        Assert.Contains("Since round 1: 2 answers changed. Behaviours where a pair came closer: 1; further apart: 1.", comparison.Find("#since-last-round")!.TextContent);

        var changes = await b.GetAsync(Paths.Changes(id, 2));
        Assert.Equal(HttpStatusCode.OK, changes.Status);
        var ofA = changes.FindAll("ul[data-member='1'] > li");
        var ofB = changes.FindAll("ul[data-member='2'] > li");
        Assert.Equal([first.Id], ofA.Select(li => li.GetAttribute("data-behaviour")));
        Assert.Contains("was “That would feel like a betrayal”, now “Fine, but I'd like to know”", ofA[0].TextContent);
        Assert.Equal([second.Id], ofB.Select(li => li.GetAttribute("data-behaviour")));
        Assert.Equal([first.Id], changes.FindAll("ul[data-shift=Closer] > li").Select(li => li.GetAttribute("data-behaviour")));
        Assert.Equal([second.Id], changes.FindAll("ul[data-shift=FurtherApart] > li").Select(li => li.GetAttribute("data-behaviour")));
    }

    [Theory, Providers]
    public async Task An_unchanged_revisit_says_so(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await circle.RevealRoundAsync(1, Stance.AskFirst, Stance.Hurts);
        await a.PostFormAsync(Paths.NewRound(id));
        await a.SubmitAsync(id, 2);
        await b.SubmitAsync(id, 2);

        var changes = await a.GetAsync(Paths.Changes(id, 2));
        Assert.NotNull(changes.Find("#nothing-changed"));
        Assert.Empty(changes.FindAll("ul.changes > li"));
    }

    [Theory, Providers]
    public async Task What_changed_is_only_for_a_revealed_round_and_its_members(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        using var stranger = await app.SignUpAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Paths.Changes(circle.Circle, 1))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Paths.BlindSpots(circle.Circle, 1))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].GetAsync(Paths.Changes(circle.Circle, 1))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].GetAsync(Paths.Changes(circle.Circle, 7))).Status);
    }
}
