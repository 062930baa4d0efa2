using System.Globalization;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;

namespace SamePage.Browser.Tests.Tour;

/// <summary>
/// The main pages of a couple's path, each seen as the same person on a phone and on a desktop, in light
/// and in dark: axe finds nothing, the quick exit is on screen, and nothing runs off the side of the
/// screen. With <c>SAMEPAGE_SCREENSHOTS</c> set to a folder, every view is saved there too (first screen
/// and whole page), which is how <c>docs/screenshots/</c> is made.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PageTourTests(BrowserFixture app)
{
    private static readonly (string Name, ViewportSize Size)[] Screens =
    [
        ("phone", new ViewportSize { Width = 390, Height = 844 }),
        ("desktop", BrowserFixture.Desktop),
    ];

    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("SAMEPAGE_SCREENSHOTS");

    /// <summary>Uma's answers: a spread over the whole scale, the same on every run.</summary>
    private static Stance UmaFeels(string behaviour) => (behaviour.Sum(c => c) % 7) switch
    {
        0 => Stance.Fine,
        1 => Stance.TellMe,
        2 => Stance.AskFirst,
        3 => Stance.Hurts,
        4 => Stance.Betrayal,
        5 => Stance.Unsure,
        _ => Stance.TellMe,
    };

    [Fact]
    public async Task The_main_pages_of_a_couples_path_read_well_on_a_phone_and_a_desktop_in_light_and_dark()
    {
        await using var tess = await Person.OpenAsync(app);
        await using var uma = await Person.OpenAsync(app);

        await tess.GoToAsync("/");
        await SeeAsync(tess, "home");
        await tess.SignUpAsync("tess");
        await tess.CreateCircleAsync("Tess and Uma", "Tess");
        await SeeAsync(tess, "circle-new");
        var invite = await tess.InviteAsync();
        await SeeAsync(tess, "invite");
        await uma.SignUpAsync("uma");
        await uma.JoinAsync(invite, "Uma");
        await tess.GoToAsync("/account/sessions");
        await SeeAsync(tess, "sessions");

        await tess.StartAnsweringAsync();
        await SeeAsync(tess, "questionnaire");
        await tess.AnswerAllAsync(b => b.Length % 3 == 0 ? Stance.TellMe : Stance.Fine);
        var review = tess.Path;
        await tess.GoToAsync(review.Replace("/review", "/answer/how-i-connect", StringComparison.Ordinal));
        await SeeAsync(tess, "how-i-connect");
        await tess.GoToAsync(review);
        await tess.SubmitAsync();
        await SeeAsync(tess, "waiting");

        await uma.AnswerAllAsync(UmaFeels);
        await uma.SubmitAsync();
        await tess.OpenComparisonAsync();
        await SeeAsync(tess, "comparison");
        var comparison = new ComparisonView(tess.Page);
        var firstHotSpot = await comparison.ItemsOf("HotSpot").First.GetAttributeAsync("data-behaviour");

        await tess.FollowAsync(comparison.TalkItThrough);
        await SeeAsync(tess, "talk");

        await tess.OpenComparisonAsync();
        await tess.AddToAgreementFromComparisonAsync(firstHotSpot!);
        await tess.RewordClauseAsync("We don't send each other's flirty messages to anyone else, and we say so if someone sends us one.");
        await SeeAsync(tess, "agreement");

        await tess.StartCheckInFromHomeAsync();
        await SeeAsync(tess, "check-in");
        await tess.AnswerCheckInAsync(Scores(5), appreciation: "Thank you for Sunday.", topics: "Our summer plans");
        await tess.SubmitCheckInAsync();
        await uma.OpenCheckInFromHomeAsync(1);
        await uma.AnswerCheckInAsync(Scores(4), appreciation: "I loved the walk.", topics: "Chores");
        await uma.SubmitCheckInAsync();
        await SeeAsync(uma, "check-in-results");

        await tess.OpenCircleAsync();
        await SeeAsync(tess, "circle");

        await tess.GoToAsync("/account/sounding-board/new");
        await SeeAsync(tess, "sounding-board-new");
    }

    private static Dictionary<string, int> Scores(int score) =>
        SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, _ => score);

    /// <summary>The page the person is on, seen by them at every screen and scheme, each checked.</summary>
    private async Task SeeAsync(Person person, string name)
    {
        var url = person.Page.Url;
        var cookies = await person.Page.Context.StorageStateAsync();
        foreach (var (screen, size) in Screens)
        {
            foreach (var scheme in Schemes)
            {
                var context = await app.NewContextAsync(viewport: size, colorScheme: scheme, storageState: cookies);
                try
                {
                    var page = await context.NewPageAsync();
                    var weight = new PageWeight(page);
                    var response = await page.GotoAsync(url);
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    Assert.True(response?.Ok == true, $"{name} at {url} answered {response?.Status}");
                    var view = string.Create(CultureInfo.InvariantCulture, $"{name}-{screen}-{scheme.ToString().ToLowerInvariant()}");
                    await SaveAsync(page, view);
                    await PageChecks.AssertPageIsSoundAsync(page);
                    var (scrollWidth, clientWidth) = await WidthsAsync(page);
                    Assert.True(scrollWidth <= clientWidth, $"{view}: the page is {scrollWidth} px wide on a {clientWidth} px screen");
                    await weight.AssertWithinBudgetAsync(view);
                }
                finally
                {
                    await context.CloseAsync();
                }
            }
        }
    }

    private static async Task<(int Scroll, int Client)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    private static async Task SaveAsync(IPage page, string view)
    {
        if (ScreenshotFolder is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.Combine(folder, "full"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, view + ".png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, "full", view + ".png"), FullPage = true });
    }

    /// <summary>
    /// Everything a page brings over the wire, as transferred (compressed where it was): at most 30 KB in
    /// all, at most 10 KB of it JavaScript.
    /// </summary>
    private sealed class PageWeight
    {
        private const int MaxBytes = 30 * 1024;
        private const int MaxScriptBytes = 10 * 1024;
        private readonly List<IRequest> _requests = [];

        public PageWeight(IPage page) => page.RequestFinished += (_, request) => _requests.Add(request);

        public async Task AssertWithinBudgetAsync(string view)
        {
            long total = 0, scripts = 0;
            var lines = new List<string>();
            foreach (var request in _requests.ToList())
            {
                var sizes = await request.SizesAsync();
                var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
                total += bytes;
                if (request.ResourceType == "script")
                {
                    scripts += bytes;
                }

                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{bytes,7} {request.ResourceType,-10} {request.Url}"));
            }

            var report = string.Join('\n', lines);
            if (ScreenshotFolder is { Length: > 0 } folder)
            {
                await File.AppendAllTextAsync(System.IO.Path.Combine(folder, "weights.txt"),
                    string.Create(CultureInfo.InvariantCulture, $"{view}\t{total}\t{scripts}\n"));
            }

            Assert.True(total <= MaxBytes, $"{view}: {total} bytes transferred, more than {MaxBytes}:\n{report}");
            Assert.True(scripts <= MaxScriptBytes, $"{view}: {scripts} bytes of JavaScript, more than {MaxScriptBytes}:\n{report}");
        }
    }
}
