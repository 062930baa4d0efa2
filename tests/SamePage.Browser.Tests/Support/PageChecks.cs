using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// What every SamePage page must offer, checked after every navigation by the page objects:
/// no accessibility violations (axe), and the quick exit on screen.
/// </summary>
public static partial class PageChecks
{
    /// <param name="page">The page someone is looking at.</param>
    /// <param name="twin">For a page shown without JavaScript: a page allowed to run axe (see <see cref="AssertNoAxeViolationsAsync"/>).</param>
    public static async Task AssertPageIsSoundAsync(IPage page, IPage? twin = null)
    {
        await AssertNoAxeViolationsAsync(page, twin);
        await AssertQuickExitOnScreenAsync(page);
    }

    /// <summary>
    /// Runs axe on the page. axe is JavaScript and cannot run where JavaScript is off, so then the same
    /// document (its DOM as rendered, scripts removed) is loaded at the same address into a twin page
    /// in a context with JavaScript, with the same stylesheet and viewport, and scanned there.
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page, IPage? twin = null)
    {
        var result = twin is null ? await RunAxeAsync(page) : await ScanInTwinAsync(page, twin);
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found {result.Violations.Length} accessibility violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture,
                $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"    at {node.Target}: {node.Html}");
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    report.AppendLine().Append("      ").Append(check.Message?.ReplaceLineEndings(" "));
                }
            }
        }

        Assert.Fail(report.ToString());
    }

    private static async Task<AxeResult> ScanInTwinAsync(IPage page, IPage twin)
    {
        var url = page.Url;
        var html = ScriptElement().Replace(await page.ContentAsync(), string.Empty);
        await twin.RouteAsync(u => u == url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }), new PageRouteOptions { Times = 1 });
        await twin.GotoAsync(url);
        return await RunAxeAsync(twin);
    }

    /// <summary>
    /// axe.run in the page itself ("legacy mode"). SamePage pages have no frames, so this sees all the
    /// default mode does; the default mode also opens a blank page per scan to finish its run, which
    /// makes every scan take about a second longer.
    /// </summary>
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future": switch to RunAxe() then.
    private static Task<AxeResult> RunAxeAsync(IPage page) => page.RunAxeLegacy();
#pragma warning restore CS0618

    [GeneratedRegex("<script\\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    /// <summary>The quick exit is present, points at the neutral site, and sits fully inside the viewport.</summary>
    public static async Task AssertQuickExitOnScreenAsync(IPage page)
    {
        var exit = QuickExit(page);
        await Expect(exit).ToHaveCountAsync(1);
        await Expect(exit).ToBeVisibleAsync();
        await Expect(exit).ToHaveAttributeAsync("href", NeutralSite.ExitUrl);
        await Expect(exit).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    public static ILocator QuickExit(IPage page) => page.Locator("a[data-quick-exit]");
}
