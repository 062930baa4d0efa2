using System.Net;
using System.Text.Json;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

[Collection(SharedAppForRounds.Name)]
public sealed class SubmitTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Submitting_twice_gives_the_already_submitted_notice(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);

        var again = await a.SubmitAsync(id, 1);

        Assert.Equal($"{Paths.Review(id, 1)}?notice=AlreadySubmitted", again.Location);
        var page = await a.FollowAsync(again);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("You had already submitted your answers for this round, so nothing changed.", page.Text);
    }

    [Theory, Providers]
    public async Task Submitting_with_unanswered_questions_is_refused_kindly(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (partly, nothing, id) = (circle[0], circle[1], circle.Circle);
        var skipped = TestCatalogue.Behaviours[^1];
        foreach (var category in TestCatalogue.Categories)
        {
            var answers = TestCatalogue.Catalogue.InCategory(category.Id).Where(b => b.Id != skipped.Id).Select(b => (b.Id, "Unsure"));
            await partly.AnswerPageAsync(id, 1, category.Id, answers);
        }

        var refused = await partly.SubmitAsync(id, 1);
        var refusedToo = await nothing.SubmitAsync(id, 1);

        Assert.Equal($"{Paths.Review(id, 1)}?notice=Incomplete", refused.Location);
        Assert.Equal($"{Paths.Review(id, 1)}?notice=Incomplete", refusedToo.Location);
        var page = await partly.FollowAsync(refused);
        Assert.Contains("A few questions still need an answer before you can submit", page.Find("[role=alert]")!.TextContent);
        Assert.Equal([skipped.Label], page.FindAll("#unanswered li").Select(li => li.TextContent.Trim()));
        Assert.Null(page.Find("form[action*=Submit]"));
        var status = (await nothing.GetAsync(Paths.Circle(id))).FindAll("#round-status li");
        Assert.All(status, line => Assert.Contains("not submitted yet", line.TextContent));
    }

    [Theory, Providers]
    public async Task Answers_cannot_change_after_submitting(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var category = TestCatalogue.Categories[0].Id;
        var onPage = TestCatalogue.Catalogue.InCategory(category).ToList();
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);
        var reviewBefore = await a.GetAsync(Paths.Review(id, 1));

        var answerPage = await a.GetAsync(Paths.Answer(id, 1, category));
        var posted = await a.AnswerPageAsync(id, 1, category, onPage.Select(b => (b.Id, "Betrayal")));
        var autosaved = await a.PostFormAsync(Paths.Autosave(id, 1, category), [.. onPage.Select(b => ($"Answers[{b.Id}]", "Betrayal"))]);

        Assert.Equal(HttpStatusCode.Redirect, answerPage.Status);
        Assert.Equal(Paths.Review(id, 1), answerPage.Location);
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal(Paths.Review(id, 1), posted.Location);
        Assert.Equal(HttpStatusCode.Conflict, autosaved.Status);
        Assert.False(JsonDocument.Parse(autosaved.Body).RootElement.GetProperty("saved").GetBoolean());
        var reviewAfter = await a.GetAsync(Paths.Review(id, 1));
        Assert.Equal(reviewBefore.Find("main")!.InnerHtml, reviewAfter.Find("main")!.InnerHtml);
        Assert.DoesNotContain("betrayal", reviewAfter.Find("main")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // And when the round is revealed, what A submitted is what the comparison shows.
        await circle[1].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[1].SubmitAsync(id, 1);
        var afterReveal = await a.AnswerPageAsync(id, 1, category, onPage.Select(b => (b.Id, "Betrayal")));
        Assert.Equal(Paths.Comparison(id, 1), afterReveal.Location);
        Assert.Equal(HttpStatusCode.Conflict, (await a.PostFormAsync(Paths.Autosave(id, 1, category), [.. onPage.Select(b => ($"Answers[{b.Id}]", "Betrayal"))])).Status);
        var comparison = await circle[1].GetAsync(Paths.Comparison(id, 1));
        Assert.Equal(TestCatalogue.Behaviours.Count, comparison.FindAll("ul[data-kind=Aligned] > li").Count);
    }
}
