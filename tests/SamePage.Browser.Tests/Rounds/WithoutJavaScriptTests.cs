using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

[Collection(BrowserTests.Name)]
public sealed class WithoutJavaScriptTests(BrowserFixture app)
{
    [Fact]
    public async Task Without_JavaScript_the_questionnaire_is_answered_with_the_Save_buttons_and_submitted()
    {
        var questions = app.Catalogue().Behaviours.Count;
        await using var sam = await Person.OpenAsync(app, javaScript: false);
        await sam.SignUpAsync("sam");
        await sam.CreateCircleAsync("Plain pages", "Sam");
        await sam.StartAnsweringAsync();
        await sam.ExpectProgressAsync(0, questions);

        // Choosing saves nothing by itself without JavaScript...
        var firstPage = await sam.AnswerThisPageAsync(_ => Stance.TellMe);
        await sam.ExpectProgressAsync(0, questions);
        await Expect(sam.SaveStatus).ToBeEmptyAsync();

        // ...Save does, and the page comes back with the new progress and the choices kept.
        await sam.FollowAsync(sam.Button("Save"));
        await Expect(sam.Page.GetByRole(Microsoft.Playwright.AriaRole.Status).Filter(new() { HasText = "Your answers are saved" })).ToBeVisibleAsync();
        await sam.ExpectProgressAsync(firstPage.Count, questions);
        foreach (var behaviour in firstPage)
        {
            await Expect(sam.StanceRadio(behaviour, Stance.TellMe)).ToBeCheckedAsync();
        }

        // The rest, page by page with "Save and continue", then review and submit.
        var answered = await sam.AnswerAllAsync(_ => Stance.Hurts);
        Assert.Equal(questions, answered.Count);
        await Expect(sam.Page.Locator("#unanswered")).ToHaveCountAsync(0);
        await sam.SubmitAsync();

        Assert.Equal(sam.RoundPath + "/review", sam.Path);
        await Expect(sam.Page.Locator("#submitted-notice")).ToBeVisibleAsync();
        await Expect(sam.Page.Locator("h1")).ToHaveTextAsync("Your submitted answers");
        await Expect(sam.Main.Locator("dd").Filter(new() { HasText = StanceWords.Of(Stance.Hurts) })).ToHaveCountAsync(questions);
    }
}
