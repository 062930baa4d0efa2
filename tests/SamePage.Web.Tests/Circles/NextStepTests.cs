using System.Net;
using SamePage.Data;
using SamePage.Core.Stances;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>Every circle page leads with the one thing this member is asked to do now, and leaving waits at the end.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class NextStepTests(SharedApps apps)
{
    private AppFactory App => apps.For(DatabaseProvider.Sqlite);

    /// <summary>The circle's home as this person sees it: the kind of step it leads with and where its primary button goes.</summary>
    private static async Task<(string Step, string? Href, WebPage Page)> StepAsync(Person person, Guid circle)
    {
        var page = await person.GetAsync(Paths.Circle(circle));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var first = page.Find("main section");
        Assert.True(first is not null && first.ClassList.Contains("primary-step"), $"The page does not lead with its next step: {page.Text}");
        var primary = first!.QuerySelector(".actions a.button:not(.secondary):not(.quiet), .actions button");
        return (first.GetAttribute("data-step")!, primary?.GetAttribute("href") ?? primary?.Closest("form")?.GetAttribute("action"), page);
    }

    [Fact]
    public async Task A_new_circle_leads_with_inviting_and_keeps_leaving_at_the_very_end()
    {
        using var alone = await App.SignUpAsync();
        var circle = await alone.CreateCircleAsync("Us", "Ash");

        var (step, href, page) = await StepAsync(alone, circle);
        Assert.Equal("Invite", step);
        Assert.Equal(Paths.Invite(circle), href);
        Assert.Single(page.FindAll($"main a[href='{Paths.Invite(circle)}']"));
        // Answering alone is offered beside it, quietly; leaving and parting ways wait at the end.
        Assert.NotNull(page.Find($"#next-step a.secondary[href='{Paths.Answer(circle, 1)}']"));
        var sections = page.FindAll("main > section");
        Assert.Equal("if-things-change", sections[^1].Id);
        Assert.NotNull(sections[^1].QuerySelector($"a[href='{Paths.Leave(circle)}']"));
        Assert.NotNull(sections[^1].QuerySelector($"a[href='{Paths.Parting(circle)}']"));
        Assert.Empty(page.FindAll($"main > section:not(#if-things-change) a[href='{Paths.Leave(circle)}']"));
    }

    [Fact]
    public async Task The_step_moves_from_answering_to_waiting_for_whoever_has_not_submitted_to_reading_the_comparison()
    {
        using var circle = await CircleSetup.CreateAsync(App, "Ash", "Birch", "Cedar");
        var (ash, birch) = (circle[0], circle[1]);

        var (step, href, _) = await StepAsync(ash, circle.Circle);
        Assert.Equal(("Answer", Paths.Answer(circle.Circle, 1)), (step, href));
        Assert.Contains("about 10–15 minutes", (await ash.GetAsync(Paths.Circle(circle.Circle))).Find("#next-step")!.TextContent);

        await ash.AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await ash.SubmitAsync(circle.Circle, 1);
        (step, href, var page) = await StepAsync(ash, circle.Circle);
        Assert.Equal(("WaitForAnswers", Paths.Journal(circle.Circle, 1)), (step, href));
        Assert.Equal("Waiting for Birch and Cedar", page.Find("#waiting-for")!.TextContent.Trim());
        Assert.NotNull(page.Find($"#next-step a[data-refresh][href='{Paths.Circle(circle.Circle)}']"));
        Assert.Equal("Answer", (await StepAsync(birch, circle.Circle)).Step);

        await birch.AnswerAllAsync(circle.Circle, 1, Stance.TellMe);
        await birch.SubmitAsync(circle.Circle, 1);
        Assert.Equal("Waiting for Cedar", (await StepAsync(ash, circle.Circle)).Page.Find("#waiting-for")!.TextContent.Trim());

        // The review page, where a member waits after submitting, leads with the same.
        var review = await ash.GetAsync(Paths.Review(circle.Circle, 1));
        Assert.Equal("WaitForAnswers", review.Find("main section.primary-step")!.GetAttribute("data-step"));
        Assert.Contains("Cedar", review.Find("#waiting-for")!.TextContent);
        Assert.NotEmpty(review.FindAll("details#your-answers dl dt")); // the locked answers, one press away

        await circle[2].AnswerAllAsync(circle.Circle, 1, Stance.AskFirst);
        await circle[2].SubmitAsync(circle.Circle, 1);
        (step, href, page) = await StepAsync(ash, circle.Circle);
        Assert.Equal(("ReadComparison", Paths.Comparison(circle.Circle, 1)), (step, href));
        Assert.Single(page.FindAll($"main a[href='{Paths.Comparison(circle.Circle, 1)}']"));
    }

    [Fact]
    public async Task After_the_reveal_the_step_moves_through_writing_signing_and_checking_in()
    {
        using var circle = await CircleSetup.CreateAsync(App, "Ash", "Birch");
        var (ash, birch) = (circle[0], circle[1]);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.AskFirst);

        await ash.AddClauseAsync(circle.Circle, "We tell each other about new close friendships.");
        var (step, href, _) = await StepAsync(birch, circle.Circle);
        Assert.Equal(("WriteAgreement", Paths.Agreement(circle.Circle)), (step, href));

        Assert.Equal(HttpStatusCode.Redirect, (await ash.ProposeAsync(circle.Circle)).Status);
        (step, href, _) = await StepAsync(birch, circle.Circle);
        Assert.Equal(("SignAgreement", Paths.Version(circle.Circle, 1)), (step, href));

        Assert.Equal(HttpStatusCode.Redirect, (await ash.SignAsync(circle.Circle, 1)).Status);
        var (ashStep, _, ashPage) = await StepAsync(ash, circle.Circle);
        Assert.Equal("WaitForSignatures", ashStep);
        Assert.Equal("Waiting for Birch to sign", ashPage.Find("#next-step h2")!.TextContent.Trim());
        Assert.Single(ashPage.FindAll($"main a[href='{Paths.Agreement(circle.Circle)}']"));

        Assert.Equal(HttpStatusCode.Redirect, (await birch.SignAsync(circle.Circle, 1)).Status);
        Assert.Equal("StartCheckIn", (await StepAsync(ash, circle.Circle)).Step);

        var number = await ash.StartCheckInAsync(circle.Circle);
        (step, href, _) = await StepAsync(birch, circle.Circle);
        Assert.Equal(("AnswerCheckIn", $"{Paths.CheckIns(circle.Circle)}/{number}"), (step, href));
    }
}
