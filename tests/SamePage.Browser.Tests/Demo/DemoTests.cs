using Microsoft.Playwright;
using SamePage.Browser.Tests.Rounds;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Demo;

/// <summary>Issue 15, part 3: one person tries the whole path alone with a sample partner, then deletes it.</summary>
[Collection(BrowserTests.Name)]
public sealed class DemoTests(BrowserFixture app)
{
    private const string Sample = "Robin (sample)";

    public static TheoryData<int, int, ColorScheme> Screens => new()
    {
        { 390, 844, ColorScheme.Light },
        { 1280, 800, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_person_tries_the_whole_path_with_a_sample_partner_then_deletes_it(int width, int height, ColorScheme scheme)
    {
        await using var dani = await Person.OpenAsync(app, viewport: new() { Width = width, Height = height }, colorScheme: scheme);
        var shot = $"{width}-{scheme}";

        // The home page says the path and its times, and leads a visitor to sign up, then to the demo.
        await dani.GoToAsync("/");
        await Expect(dani.Page.Locator("#how-it-works li")).ToHaveCountAsync(4);
        await Expect(dani.Page.Locator("#how-it-works li .hint").First).ToHaveTextAsync("about 15 minutes");
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-home-{shot}");
        await dani.FollowAsync(dani.Link("Create an account and try the demo"));
        await dani.CompleteSignUpAsync("dani");
        await dani.StartDemoAsync();
        await Expect(dani.DemoBanner).ToContainTextAsync(Sample);
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-guide-{shot}");

        // Answer, reveal (the sample partner answered already), compare.
        await dani.AnswerAllAsync(_ => Stance.TellMe);
        await dani.SubmitAsync();
        await dani.OpenComparisonAsync();
        await Expect(dani.DemoBanner).ToBeVisibleAsync();
        await Expect(dani.Main).ToContainTextAsync(Sample);
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-comparison-{shot}");

        // A clause from a hot spot, proposed and signed; the sample partner signs when asked, as a sample.
        var hotSpot = await dani.Page.Locator("ul[data-kind=HotSpot] > li[data-behaviour]").First.GetAttributeAsync("data-behaviour");
        await dani.AddToAgreementFromComparisonAsync(hotSpot!);
        await dani.RewordClauseAsync("We keep dating apps off our phones while we are together.");
        await dani.ProposeDraftAsync();
        await dani.SignThisVersionAsync();
        await dani.LetTheSamplePartnerAsync($"Let {Sample} sign, as a sample");
        await dani.GoToAsync(dani.CirclePath + "/agreement/versions/1");
        await Expect(dani.VersionStatus).ToContainTextAsync("Active");
        await Expect(dani.Main).ToContainTextAsync(Sample);

        // A first check-in: started from the circle, answered by the sample partner, then by the person.
        await dani.StartCheckInFromHomeAsync();
        await dani.LetTheSamplePartnerAsync($"Let {Sample} answer the check-in");
        await dani.OpenCheckInFromHomeAsync(1);
        await dani.AnswerCheckInAsync(new Dictionary<string, int> { ["satisfied"] = 5, ["secure"] = 5, ["heard"] = 4, ["close"] = 5, ["trusting"] = 5 });
        await dani.SubmitCheckInAsync();
        await Expect(dani.Main).ToContainTextAsync("This is the sample partner talking");
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-check-in-{shot}");
        Assert.True(await dani.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways");

        // One click in the banner deletes it all.
        await dani.OpenCircleAsync();
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-circle-{shot}");
        await dani.FollowAsync(dani.DemoBanner.GetByRole(AriaRole.Button, new() { Name = "Delete the demo", Exact = true }));
        Assert.Equal("/circles", dani.Path);
        await Expect(dani.Page.Locator("#demo-deleted")).ToBeVisibleAsync();
        await Expect(dani.Page.Locator("#demo-offer")).ToBeVisibleAsync();
        await dani.GoToAsync(dani.CirclePath, expectedStatus: 404);
    }
}
