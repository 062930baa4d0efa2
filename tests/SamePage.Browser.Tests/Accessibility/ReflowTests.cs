using SamePage.Browser.Tests.Support;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// The reflow checks <see cref="VisualCheck"/> runs on every page catch what they are there to catch:
/// a page broken on purpose (a line wider than the window, text cut off by its box, a wide table
/// scrolling in a region no one can name or reach, text hidden under a fixed bar) is reported, and the
/// same page whole is not. The page's content security policy ignores style attributes, so each
/// breakage is styled through the element's style object.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReflowTests(BrowserFixture app)
{
    [Fact]
    public async Task The_reflow_checks_see_a_page_that_is_too_wide_text_that_is_cut_off_or_covered_and_an_unnamed_scroll_region()
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/help");
        var page = person.Page;
        await PageLayout.ResizeAsync(page, PageLayout.Narrow);
        Assert.Empty(await PageLayout.SidewaysScrollingAsync(page));
        Assert.Empty(await PageLayout.ClippedTextAsync(page));
        Assert.Empty(await PageLayout.CoveredTextAsync(page));

        await page.EvaluateAsync("""
            () => {
              const wide = document.createElement('p');
              wide.id = 'too-wide';
              wide.style.width = '400px';
              wide.textContent = 'A line set wider than the window.';
              const cut = document.createElement('p');
              cut.id = 'cut-off';
              cut.style.cssText = 'width: 5rem; overflow: hidden; white-space: nowrap';
              cut.textContent = 'A sentence far too long for its narrow box.';
              const region = document.createElement('div');
              region.id = 'unnamed-scroller';
              region.style.overflowX = 'auto';
              region.innerHTML = '<table><tr><td>wide table</td></tr></table>';
              region.querySelector('table').style.width = '500px';
              const bar = document.createElement('div');
              bar.id = 'covering-bar';
              const title = document.querySelector('main h1').getBoundingClientRect();
              bar.style.cssText = `position: fixed; left: 0; right: 0; top: ${title.top}px; height: ${title.height}px; background: gray; z-index: 5`;
              document.querySelector('main').append(wide, cut, region, bar);
            }
            """);
        var sideways = await PageLayout.SidewaysScrollingAsync(page);
        Assert.Contains(sideways, p => p.StartsWith("the page is ", StringComparison.Ordinal));
        Assert.Contains(sideways, p => p.Contains("#too-wide", StringComparison.Ordinal));
        Assert.True(sideways.Any(p => p.Contains("#unnamed-scroller", StringComparison.Ordinal) && p.Contains("without a name", StringComparison.Ordinal)), string.Join('\n', sideways));
        Assert.Contains(await PageLayout.ClippedTextAsync(page), p => p.Contains("#cut-off", StringComparison.Ordinal));
        var covered = await PageLayout.CoveredTextAsync(page);
        Assert.True(covered.Any(p => p.Contains("#covering-bar", StringComparison.Ordinal) && p.Contains("<h1", StringComparison.Ordinal)), string.Join('\n', covered));

        // A wide table in a named, focusable region of its own is fine: it scrolls by itself.
        await page.EvaluateAsync("""
            () => {
              document.getElementById('too-wide').remove();
              document.getElementById('covering-bar').remove();
              const region = document.getElementById('unnamed-scroller');
              region.setAttribute('aria-label', 'A wide table');
              region.tabIndex = 0;
            }
            """);
        sideways = await PageLayout.SidewaysScrollingAsync(page);
        Assert.True(sideways.Length == 0, string.Join('\n', sideways));
        Assert.Empty(await PageLayout.CoveredTextAsync(page));
    }
}
