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
    private const string SampleAppreciation = "Thank you for sitting down with the comparison with me.";

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

    /// <summary>The words a demo says in Spanish and in German: its buttons, and what its sample partner writes.</summary>
    public sealed record Language(
        string Code, string Start, string YourName, string Sample, string CircleName, string Turn,
        string StartCheckIn, string LetAnswer, string AnswerCheckIn, string SubmitCheckIn, string Appreciation);

    private static readonly Language Spanish = new(
        "es", "Empezar la demo", "Yo", "Robin (de ejemplo)", "Círculo de práctica", "El turno de la pareja de ejemplo",
        "Empezar una puesta al día", "Dejar que Robin (de ejemplo) responda la puesta al día", "Responder la puesta al día 1", "Enviar mi puesta al día", "Gracias por mirar la comparación conmigo");

    private static readonly Language German = new(
        "de", "Demo starten", "Ich", "Robin (Beispiel)", "Übungskreis", "Die Beispielperson ist dran",
        "Einen Check-in starten", "Robin (Beispiel) den Check-in beantworten lassen", "Check-in 1 beantworten", "Meinen Check-in abschicken", "Danke, dass du dir den Vergleich in Ruhe mit mir angesehen hast.");

    public static TheoryData<string, int, int, ColorScheme> InLanguages => new()
    {
        { "es", 390, 844, ColorScheme.Light },
        { "es", 1280, 800, ColorScheme.Dark },
        { "de", 390, 844, ColorScheme.Dark },
        { "de", 1280, 800, ColorScheme.Light },
    };

    /// <summary>
    /// The sample partner's words are "text people wrote": written in the language of the person who
    /// starts the demo, who picks Spanish or German in the footer first. Its name, the circle's name
    /// and its check-in all read in that language, and the sample partner still never shows in English.
    /// </summary>
    [Theory]
    [MemberData(nameof(InLanguages))]
    public async Task A_person_who_reads_spanish_or_german_meets_a_sample_partner_who_writes_in_it(string code, int width, int height, ColorScheme scheme)
    {
        var words = code == "es" ? Spanish : German;
        await using var dani = await Person.OpenAsync(app, viewport: new() { Width = width, Height = height }, colorScheme: scheme);
        var shot = $"{code}-{width}-{scheme}";
        await dani.SignUpAsync("dani");
        await dani.GoToAsync("/circles/demo");
        await dani.Page.Locator("#footer-language").SelectOptionAsync(code);
        await dani.FollowAsync(dani.Button("Change language"));
        Assert.Equal("/circles/demo", dani.Path);
        await Expect(dani.Page.Locator("html")).ToHaveAttributeAsync("lang", code);
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-start-{shot}");

        await dani.StartDemoAsync(words.Start, words.YourName);
        await Expect(dani.DemoBanner).ToContainTextAsync(words.Sample);
        await Expect(dani.Main).ToContainTextAsync(words.Sample);
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-guide-{shot}");
        await dani.OpenCircleAsync();
        await Expect(dani.Page.Locator("h1")).ToContainTextAsync(words.CircleName);
        await Expect(dani.Page.Locator("#members")).ToContainTextAsync(words.Sample);
        await Expect(dani.Page.Locator("#members")).ToContainTextAsync(words.YourName);
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-circle-{shot}");

        // The sample partner's check-in, in the same language.
        await dani.FollowAsync(dani.CheckInSummary.GetByRole(AriaRole.Button, new() { Name = words.StartCheckIn, Exact = true }));
        await dani.LetTheSamplePartnerAsync(words.LetAnswer, words.Turn);
        await dani.OpenCircleAsync();
        await dani.FollowAsync(dani.CheckInSummary.GetByRole(AriaRole.Link, new() { Name = words.AnswerCheckIn, Exact = true }));
        foreach (var item in SamePage.Core.CheckIns.CheckInItems.All)
        {
            await dani.Page.Locator($"label[for='s-{item}-5']").ClickAsync();
        }

        await dani.FollowAsync(dani.Button(words.SubmitCheckIn));
        await Expect(dani.Main).ToContainTextAsync(words.Appreciation);
        await Expect(dani.Main).Not.ToContainTextAsync(SampleAppreciation);
        await Expect(dani.Main).Not.ToContainTextAsync(Sample);
        await QuestionnaireLayoutTests.ScreenshotAsync(dani.Page, $"demo-check-in-{shot}");
        Assert.True(await dani.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways");
    }
}
