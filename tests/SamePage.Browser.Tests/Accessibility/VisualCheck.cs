using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// How a page looks to people who read it differently, the page as it is with what was just chosen:
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
/// then the window goes back to a light desktop for the next step. With <c>SAMEPAGE_SCREENSHOTS</c>
/// set, each view is saved (<c>reflow/</c>, <c>forced-colors/</c>). The checks themselves are shown to
/// fail in <see cref="ReflowTests"/> and <see cref="MotionAndContrastTests"/>; <see cref="EveryPageTests"/> runs it.
/// </summary>
public sealed class VisualCheck : IPageCheck
{
    public string Name => "reflow, forced colours, reduced motion";

    /// <summary>How many chosen answers drawn by the pages were compared with unchosen ones.</summary>
    public int Choices { get; private set; }

    public async Task CheckAsync(PageVisit visit, Action<string> problem)
    {
        var page = visit.Page;
        var name = visit.Name;
        var desktop = visit.Viewport;
        try
        {
            await ReflowAsync(page, name, problem);
            Choices += await ForcedColoursAsync(page, desktop, name, problem);
            await ReducedMotionAsync(page, name, problem);
        }
        finally
        {
            await PageLayout.RestoreAsync(page, desktop);
        }
    }

    private static async Task ReflowAsync(IPage page, string name, Action<string> problem)
    {
        await PageLayout.OpenDisclosuresAsync(page);
        try
        {
            foreach (var view in new[] { PageLayout.Narrow, PageLayout.Zoomed })
            {
                var where = $"at {view.Name}";
                await PageLayout.ResizeAsync(page, view);
                await PageLayout.SaveAsync(page, "reflow", $"{name}-{view.Name}");
                Found(problem, where, await PageLayout.SidewaysScrollingAsync(page));
                Found(problem, where, await PageLayout.ClippedTextAsync(page));
                Found(problem, where, await PageLayout.CoveredTextAsync(page));
                await Try(problem, where, () => PageChecks.AssertQuickExitOnScreenAsync(page));
                if (view == PageLayout.Narrow)
                {
                    await Try(problem, where, () => PageChecks.AssertNoAxeViolationsAsync(page));
                }
            }
        }
        finally
        {
            await PageLayout.CloseDisclosuresAsync(page);
        }
    }

    private static async Task<int> ForcedColoursAsync(IPage page, ViewportSize desktop, string name, Action<string> problem)
    {
        await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        var compared = 0;
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var where = $"in forced colours ({scheme.ToString().ToLowerInvariant()})";
            await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active, ColorScheme = scheme });
            await PageLayout.SettledAsync(page);
            Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"), $"{where}: not emulated");
            await PageLayout.SaveAsync(page, "forced-colors", $"{name}-{scheme.ToString().ToLowerInvariant()}");
            Found(problem, where, await PageLayout.ControlsWithoutBoundaryAsync(page));
            var (alike, count) = await PageLayout.ChoicesThatLookAlikeAsync(page);
            compared += count;
            Found(problem, where, alike);
            Found(problem, where, await PageLayout.FaintGraphicsAsync(page));
            Found(problem, where, await PageLayout.FocusWithoutOutlineAsync(page));
        }

        return compared;
    }

    private static async Task ReducedMotionAsync(IPage page, string name, Action<string> problem)
    {
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.None, ColorScheme = ColorScheme.Light, ReducedMotion = ReducedMotion.Reduce });
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"), $"{name}: reduced motion not emulated");
        Found(problem, "with reduced motion", await PageLayout.MotionAsync(page));
    }

    private static async Task Try(Action<string> problem, string where, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Xunit.Sdk.XunitException e)
        {
            problem($"{where}: {e.Message}");
        }
        catch (PlaywrightException e)
        {
            problem($"{where}: {e.Message}");
        }
    }

    private static void Found(Action<string> problem, string where, IEnumerable<string> found)
    {
        foreach (var p in found)
        {
            problem($"{where}: {p}");
        }
    }
}
