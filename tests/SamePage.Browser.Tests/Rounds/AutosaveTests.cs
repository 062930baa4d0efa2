using SamePage.Browser.Tests.Support;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

[Collection(BrowserTests.Name)]
public sealed class AutosaveTests(BrowserFixture app)
{
    [Fact]
    public async Task Choosing_a_stance_saves_privately_without_leaving_the_page_and_coming_back_resumes_there()
    {
        var questions = app.Catalogue().Behaviours.Count;
        await using var sam = await Person.OpenAsync(app);
        await sam.SignUpAsync("sam");
        await sam.CreateCircleAsync("Just me for now", "Sam");
        await sam.StartAnsweringAsync();
        await sam.ExpectProgressAsync(0, questions);
        await Expect(sam.SaveStatus).ToBeEmptyAsync();

        // A marker on this very document: it survives only if no form submit or reload happens.
        await sam.Page.EvaluateAsync("() => { window.samePageTestMarker = 'still here'; }");
        var firstPage = await sam.QuestionnairePages.Nth(0).GetAttributeAsync("href");
        var thirdPage = await sam.QuestionnairePages.Nth(2).GetAttributeAsync("href");
        var thirdTitle = await sam.QuestionnairePages.Nth(2).InnerTextAsync();
        Assert.NotNull(firstPage);
        Assert.NotNull(thirdPage);
        var openedAt = sam.Path;
        var onFirstPage = await sam.BehavioursOnPageAsync();

        await sam.StanceLabel(onFirstPage[0], Stance.AskFirst).ClickAsync();
        await Expect(sam.SaveStatus).ToHaveTextAsync("Saved privately.");
        await sam.ExpectProgressAsync(1, questions);
        await Expect(sam.ProgressText).ToHaveTextAsync($"1 of {questions} · about {QuestionnairePace.MinutesLeft(1, questions)} minutes left");

        await sam.StanceLabel(onFirstPage[1], Stance.Unsure).ClickAsync();
        await sam.ExpectProgressAsync(2, questions);
        await Expect(sam.SaveStatus).ToHaveTextAsync("Saved privately.");
        Assert.Equal(2, await sam.Page.EvaluateAsync<int>("() => document.querySelector('progress[data-progress]').value"));
        Assert.Equal("still here", await sam.Page.EvaluateAsync<string>("() => window.samePageTestMarker"));
        Assert.Equal(openedAt, sam.Path);

        // Open the third page from the page list (a plain link: nothing posted), answer one there.
        await sam.FollowAsync(sam.QuestionnairePages.Nth(2));
        Assert.Equal(thirdPage, sam.Path);
        var onThirdPage = await sam.BehavioursOnPageAsync();
        await sam.StanceLabel(onThirdPage[0], Stance.Hurts).ClickAsync();
        await Expect(sam.SaveStatus).ToHaveTextAsync("Saved privately.");
        await sam.ExpectProgressAsync(3, questions);

        // Reloading keeps the choice.
        await sam.Page.ReloadAsync();
        await sam.CheckPageAsync();
        await Expect(sam.StanceRadio(onThirdPage[0], Stance.Hurts)).ToBeCheckedAsync();
        await sam.ExpectProgressAsync(3, questions);

        // Leaving and coming back through the circle resumes on the page last saved.
        await sam.GoToAsync("/circles");
        await sam.StartAnsweringAsync();
        await Expect(sam.Page.Locator("h1")).ToHaveTextAsync(thirdTitle);
        await Expect(sam.StanceRadio(onThirdPage[0], Stance.Hurts)).ToBeCheckedAsync();
        await Expect(sam.Page.Locator("fieldset.behaviour input[type=radio][name^='Answers[']:checked")).ToHaveCountAsync(1);

        await sam.GoToAsync(firstPage);
        await Expect(sam.StanceRadio(onFirstPage[0], Stance.AskFirst)).ToBeCheckedAsync();
        await Expect(sam.StanceRadio(onFirstPage[1], Stance.Unsure)).ToBeCheckedAsync();
        await Expect(sam.Page.Locator("fieldset.behaviour input[type=radio][name^='Answers[']:checked")).ToHaveCountAsync(2);
    }
}
