using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

/// <summary>
/// Issue 12's budgets for the questionnaire, measured with bounding boxes: a question (with the guess
/// control of a two-person circle) takes at most ~220 px on a desktop and ~300 px on a phone, page 1
/// fits in two desktop screens, and every stance scale is one row with nothing cut off or scrolled sideways.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class QuestionnaireLayoutTests(BrowserFixture app, ITestOutputHelper output)
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>The distance from each question's top to the next one's (the last: its own height), in CSS pixels.</summary>
    private const string QuestionPitches = """
        () => {
          const all = [...document.querySelectorAll('fieldset.behaviour')];
          return all.map((q, i) => {
            const box = q.getBoundingClientRect();
            return Math.round(i + 1 < all.length ? all[i + 1].getBoundingClientRect().top - box.top : box.height);
          });
        }
        """;

    /// <summary>Scales whose segments do not all share one top (so they wrapped), or whose text is cut off.</summary>
    private const string BrokenScales = """
        () => [...document.querySelectorAll('fieldset.segmented')]
          .filter(f => f.getClientRects().length > 0)
          .filter(f => {
            const segments = [...f.querySelectorAll('.segment')].filter(s => s.closest('fieldset.segmented') === f);
            const tops = new Set(segments.map(s => Math.round(s.getBoundingClientRect().top)));
            const cut = segments.some(s => { const face = s.querySelector('span'); return face.scrollWidth > face.clientWidth + 1; });
            return segments.length === 0 || tops.size !== 1 || cut;
          })
          .map(f => f.querySelector('legend').textContent.trim())
        """;

    public static TheoryData<int, int, int, ColorScheme> Screens => new()
    {
        { 1280, 800, 220, ColorScheme.Light },
        { 1280, 800, 220, ColorScheme.Dark },
        { 390, 844, 300, ColorScheme.Light },
        { 390, 844, 300, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_question_fits_its_height_budget_on_one_row_and_page_one_fits_two_desktop_screens(int width, int height, int budget, ColorScheme scheme)
    {
        await using var ada = await Person.OpenAsync(app, viewport: new() { Width = width, Height = height }, colorScheme: scheme);
        await using var sam = await Person.OpenAsync(app);
        await ada.SignUpAsync("ada");
        await ada.CreateCircleAsync("Budgets", "Ada");
        var invite = await ada.InviteAsync();
        await sam.SignUpAsync("sam");
        await sam.JoinAsync(invite, "Sam");

        await ada.StartAnsweringAsync();
        Assert.True(await ada.QuestionnairePages.CountAsync() > 2, "Expected several pages of questions");
        await Expect(ada.Page.Locator("#time-it-takes")).ToHaveTextAsync("About 10–15 minutes. You can stop any time and come back: everything is saved.");
        await Expect(ada.Page.Locator("details.guesses > summary").First).ToHaveTextAsync("Guess Sam's answer");
        var firstPage = await ada.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        output.WriteLine($"{width}x{height}: page 1 is {firstPage} px tall");
        await ScreenshotAsync(ada.Page, $"answer-page1-{width}-{scheme}");
        if (width >= 1280)
        {
            Assert.True(firstPage <= 2 * height, $"Page 1 is {firstPage} px tall, over two screens ({2 * height} px)");
        }

        var hrefs = await ada.QuestionnairePages.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var href in hrefs.Where(h => h.Contains("/answer/", StringComparison.Ordinal)))
        {
            await ada.GoToAsync(href);
            var pitches = await ada.Page.EvaluateAsync<int[]>(QuestionPitches);
            Assert.NotEmpty(pitches);
            output.WriteLine($"{width}x{height}: {href[(href.LastIndexOf('/') + 1)..]}: questions take [{string.Join(", ", pitches)}] px");
            Assert.True(pitches.Max() <= budget, $"A question on {href} takes {pitches.Max()} px at {width} px wide, over {budget}: [{string.Join(", ", pitches)}]");
            Assert.Empty(await ada.Page.EvaluateAsync<string[]>(BrokenScales));
            Assert.True(await ada.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{href} scrolls sideways at {width} px");
        }

        // The guess, opened, is one row per partner with the same control, and still one row.
        await ada.GoToAsync(hrefs[hrefs.Length / 2]);
        await ScreenshotAsync(ada.Page, $"answer-page2-{width}-{scheme}");
        var ids = await ada.BehavioursOnPageAsync();
        await ada.GuessAsync(ids[0], "Sam", SamePage.Core.Stances.Stance.AskFirst);
        Assert.Empty(await ada.Page.EvaluateAsync<string[]>(BrokenScales));
        await ScreenshotAsync(ada.Page, $"answer-guess-{width}-{scheme}");
    }

    /// <summary>For a person looking at the pages: with SAMEPAGE_SCREENSHOTS set to a folder, saves a full-page screenshot there.</summary>
    internal static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SAMEPAGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
