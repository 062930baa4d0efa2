using System.Globalization;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;

namespace SamePage.Browser.Tests.Tour;

/// <summary>
/// The main pages of a couple's path, each seen as the same person on a phone and on a desktop, in light
/// and in dark: axe finds nothing, the quick exit is on screen, nothing runs off the side of the screen,
/// and the page stays within its weight. With <c>SAMEPAGE_SCREENSHOTS</c> set to a folder, every view is
/// saved there too (first screen and whole page), which is how <c>docs/screenshots/</c> is made.
/// <see cref="Accessibility.EveryPageTests"/> runs it on its walk.
/// </summary>
public sealed class TourCheck(BrowserFixture app) : IPageCheck
{
    private static readonly (string Name, ViewportSize Size)[] Screens =
    [
        ("phone", new ViewportSize { Width = 390, Height = 844 }),
        ("desktop", BrowserFixture.Desktop),
    ];

    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("SAMEPAGE_SCREENSHOTS");

    /// <summary>The walk's views the tour shows, by the names its screenshots have always had.</summary>
    private static readonly Dictionary<string, string> Views = new(StringComparer.Ordinal)
    {
        ["home"] = "home", ["circle"] = "circle-new", ["invite-created"] = "invite", ["sessions"] = "sessions",
        ["questionnaire-1"] = "questionnaire", ["how-i-connect"] = "how-i-connect", ["waiting"] = "waiting",
        ["comparison"] = "comparison", ["talk"] = "talk", ["agreement-draft"] = "agreement", ["check-in"] = "check-in",
        ["check-in-results"] = "check-in-results", ["circle-later"] = "circle", ["sharing-link-new"] = "sounding-board-new",
    };

    private readonly HashSet<string> _seen = [];

    public string Name => "tour";

    /// <summary>The tour's pages seen so far.</summary>
    public IReadOnlySet<string> Seen => _seen;

    public bool AppliesTo(PageVisit visit) => Views.ContainsKey(visit.Name);

    /// <summary>The page the person is on, seen by them at every screen and scheme, each checked.</summary>
    public async Task CheckAsync(PageVisit visit, Action<string> problem)
    {
        var name = Views[visit.Name];
        _seen.Add(name);
        var url = visit.Url;
        var cookies = await visit.Page.Context.StorageStateAsync();
        foreach (var (screen, size) in Screens)
        {
            foreach (var scheme in Schemes)
            {
                var view = string.Create(CultureInfo.InvariantCulture, $"{name}-{screen}-{scheme.ToString().ToLowerInvariant()}");
                var context = await app.NewContextAsync(viewport: size, colorScheme: scheme, storageState: cookies);
                try
                {
                    var page = await context.NewPageAsync();
                    var weight = new PageWeight(page);
                    var response = await page.GotoAsync(url);
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    Assert.True(response?.Ok == true, $"{name} at {url} answered {response?.Status}");
                    await SaveAsync(page, view);
                    await PageChecks.AssertPageIsSoundAsync(page);
                    var (scrollWidth, clientWidth) = await WidthsAsync(page);
                    Assert.True(scrollWidth <= clientWidth, $"{view}: the page is {scrollWidth} px wide on a {clientWidth} px screen");
                    await weight.AssertWithinBudgetAsync(view);
                }
                catch (Xunit.Sdk.XunitException e)
                {
                    problem($"{view}: {e.Message}");
                }
                catch (PlaywrightException e)
                {
                    problem($"{view}: {e.Message}");
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
