using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using Xunit.Abstractions;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// How every page of two partners' path looks to people who read it differently, in one walk of the
/// flow: each page, as it is with what was just chosen, is seen in turn
/// <list type="bullet">
/// <item>reflowed (WCAG 1.4.10) in a window 320 CSS pixels wide and in a 1280 × 800 window zoomed to
/// 200% (640 × 400 CSS pixels): it never scrolls sideways, cuts no text off, hides no text under the
/// quick exit or a sticky bar, keeps the quick exit on screen, and axe finds nothing at 320 px (every
/// disclosure opened meanwhile, so what it holds is checked too);</item>
/// <item>in forced colours (Windows high contrast), light and dark: every control keeps its boundary,
/// every focusable element a visible outline, a chosen stance or score looks different from the
/// others, progress bars and icons stand out from their background;</item>
/// <item>with reduced motion asked for: nothing animates, no transition lasts longer than 0.01 s,
/// nothing scrolls smoothly;</item>
/// </list>
/// then the window goes back to a light desktop for the next step. Every problem of every page is
/// gathered before the test fails, so one run names them all. With <c>SAMEPAGE_SCREENSHOTS</c> set,
/// each view is saved (<c>reflow/</c>, <c>forced-colors/</c>) and problems are written to
/// <c>problems.txt</c> as they are found. The checks themselves are shown to fail in
/// <see cref="ReflowTests"/> and <see cref="MotionAndContrastTests"/>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class VisualTests(BrowserFixture app, ITestOutputHelper output)
{
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Every_page_of_a_two_partner_flow_reflows_at_320_px_and_200_percent_zoom_and_keeps_to_forced_colours_and_reduced_motion()
    {
        var pages = 0;
        var choices = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await TwoPartnerFlow.WalkAsync(app, async (person, name) =>
        {
            pages++;
            var page = person.Page;
            var desktop = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : BrowserFixture.Desktop;
            try
            {
                await ReflowAsync(page, name);
                choices += await ForcedColoursAsync(page, desktop, name);
                await ReducedMotionAsync(page, name);
            }
            finally
            {
                await PageLayout.RestoreAsync(page, desktop);
            }
        });

        // Said, never asserted: how long the walk took with every check on every page.
        output.WriteLine($"{pages} pages seen in {clock.Elapsed.TotalSeconds:0} s.");
        Assert.True(pages >= 40, $"The flow showed only {pages} pages.");
        Assert.True(choices >= 20, $"Only {choices} chosen answers drawn by the page were compared with unchosen ones.");
        Assert.True(_problems.Count == 0, $"{_problems.Count} problem(s):\n" + string.Join('\n', _problems.Distinct()));
    }

    private async Task ReflowAsync(IPage page, string name)
    {
        await PageLayout.OpenDisclosuresAsync(page);
        try
        {
            await ReflowOpenAsync(page, name);
        }
        finally
        {
            await PageLayout.CloseDisclosuresAsync(page);
        }
    }

    private async Task ReflowOpenAsync(IPage page, string name)
    {
        foreach (var view in new[] { PageLayout.Narrow, PageLayout.Zoomed })
        {
            var where = $"{name} at {view.Name}";
            await PageLayout.ResizeAsync(page, view);
            await PageLayout.SaveAsync(page, "reflow", $"{name}-{view.Name}");
            Found(where, await PageLayout.SidewaysScrollingAsync(page));
            Found(where, await PageLayout.ClippedTextAsync(page));
            Found(where, await PageLayout.CoveredTextAsync(page));
            await Try(where, () => PageChecks.AssertQuickExitOnScreenAsync(page));
            if (view == PageLayout.Narrow)
            {
                await Try(where, () => PageChecks.AssertNoAxeViolationsAsync(page));
            }
        }
    }

    private async Task<int> ForcedColoursAsync(IPage page, ViewportSize desktop, string name)
    {
        await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        var compared = 0;
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var where = $"{name} in forced colours ({scheme.ToString().ToLowerInvariant()})";
            await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active, ColorScheme = scheme });
            await PageLayout.SettledAsync(page);
            Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"), $"{where}: not emulated");
            await PageLayout.SaveAsync(page, "forced-colors", $"{name}-{scheme.ToString().ToLowerInvariant()}");
            Found(where, await PageLayout.ControlsWithoutBoundaryAsync(page));
            var (alike, count) = await PageLayout.ChoicesThatLookAlikeAsync(page);
            compared += count;
            Found(where, alike);
            Found(where, await PageLayout.FaintGraphicsAsync(page));
            Found(where, await PageLayout.FocusWithoutOutlineAsync(page));
        }

        return compared;
    }

    private async Task ReducedMotionAsync(IPage page, string name)
    {
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.None, ColorScheme = ColorScheme.Light, ReducedMotion = ReducedMotion.Reduce });
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"), $"{name}: reduced motion not emulated");
        Found($"{name} with reduced motion", await PageLayout.MotionAsync(page));
    }

    private async Task Try(string where, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Xunit.Sdk.XunitException e)
        {
            Found(where, [e.Message]);
        }
        catch (PlaywrightException e)
        {
            Found(where, [e.Message]);
        }
    }

    /// <summary>Keeps what a check found, and with <c>SAMEPAGE_SCREENSHOTS</c> set also writes it to <c>problems.txt</c> there as it is found.</summary>
    private void Found(string where, IEnumerable<string> found)
    {
        var list = found.Select(p => $"{where}: {p}").ToList();
        _problems.AddRange(list);
        if (PageLayout.ScreenshotFolder is { Length: > 0 } folder && list.Count > 0)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(System.IO.Path.Combine(folder, "problems.txt"), list);
        }
    }
}
