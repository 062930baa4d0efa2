using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>Issue 3, "New round": a revisit starts from each member's own previous answers, to edit.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class RevisitTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_new_round_is_prefilled_with_your_own_previous_answers_and_nobody_elses(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await circle.RevealRoundAsync(1, Stance.AskFirst, Stance.Betrayal);

        var started = await b.PostFormAsync(Paths.NewRound(id));
        Assert.Equal(Paths.Answer(id, 2), started.Location);

        var category = TestCatalogue.Categories[0].Id;
        var onA = await a.GetAsync(Paths.Answer(id, 2, category));
        Assert.NotNull(onA.Find("#carried-over"));
        Assert.Contains("round 1", onA.Find("#carried-over")!.TextContent);
        var checkedOnA = onA.FindAll("input[type=radio][name^='Answers['][checked]").Select(e => e.GetAttribute("value")).ToList();
        Assert.Equal(TestCatalogue.Catalogue.InCategory(category).Count(), checkedOnA.Count);
        Assert.All(checkedOnA, v => Assert.Equal(nameof(Stance.AskFirst), v));

        var checkedOnB = (await b.GetAsync(Paths.Answer(id, 2, category))).FindAll("input[type=radio][name^='Answers['][checked]").Select(e => e.GetAttribute("value"));
        Assert.All(checkedOnB, v => Assert.Equal(nameof(Stance.Betrayal), v));

        // Round 1 stays one click away from the circle's home.
        var home = await a.GetAsync(Paths.Circle(id));
        Assert.Equal([Paths.Comparison(id, 1)], home.FindAll("#earlier-rounds a").Select(x => x.GetAttribute("href")));

        // Nothing is carried into the others' view: the round is sealed again until both submit.
        Assert.Equal(HttpStatusCode.Redirect, (await a.GetAsync(Paths.Comparison(id, 2))).Status);
    }

    [Theory, Providers]
    public async Task Carried_answers_can_be_submitted_as_they_are_or_changed(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await circle.RevealRoundAsync(1, Stance.TellMe, Stance.TellMe);
        await a.PostFormAsync(Paths.NewRound(id));

        // A keeps everything; B changes one answer.
        Assert.Contains("notice=Submitted", (await a.SubmitAsync(id, 2)).Location);
        var changed = TestCatalogue.Behaviours[0];
        await b.AnswerPageAsync(id, 2, changed.CategoryId, [(changed.Id, nameof(Stance.Betrayal))]);
        Assert.Equal(Paths.Comparison(id, 2), (await b.SubmitAsync(id, 2)).Location);

        var comparison = await a.GetAsync(Paths.Comparison(id, 2));
        var item = comparison.Find($"ul[data-kind=HotSpot] > li[data-behaviour='{changed.Id}']");
        Assert.NotNull(item);
        Assert.Single(comparison.FindAll("ul[data-kind=HotSpot] > li"));
    }

    [Theory, Providers]
    public async Task Someone_who_joined_after_the_first_round_starts_with_a_blank_sheet(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Fine);
        using var cedar = await app.SignUpAsync();
        await cedar.JoinCircleAsync(circle.Circle, await circle[0].InviteAsync(circle.Circle), "Cedar");
        await cedar.PostFormAsync(Paths.NewRound(circle.Circle));

        var page = await cedar.GetAsync(Paths.Answer(circle.Circle, 2, TestCatalogue.Categories[0].Id));
        Assert.Null(page.Find("#carried-over"));
        Assert.Empty(page.FindAll("input[type=radio][name^='Answers['][checked]"));
    }
}
