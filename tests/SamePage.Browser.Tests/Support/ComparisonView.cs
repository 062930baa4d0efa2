using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// Reads the comparison page: the pair heading, the opening summary and the talk-mode button, the
/// per-kind lists (cards for what is worth a talk, compact lists inside details for the rest), the tables.
/// </summary>
public sealed class ComparisonView(IPage page)
{
    public ILocator PairHeading => page.Locator("#pair-heading");

    /// <summary>The one opening sentence: how much the pair agrees on, how much is worth a talk.</summary>
    public ILocator Summary => page.Locator("#comparison-summary");

    /// <summary>The primary button into talk mode.</summary>
    public ILocator TalkItThrough => page.Locator("#talk-it-through");

    /// <summary>"4 of 21 talked about".</summary>
    public ILocator TalkedCount => page.Locator("#talked-count");

    public ILocator HeatMap => page.Locator("#heat-map");

    public ILocator PairSummary => page.Locator("#pair-summary");

    public ILocator CategoryRows => page.Locator("#category-summary tbody tr");

    public ILocator CircleGapRows => page.Locator("#circle-gaps tbody tr");

    public ILocator PairPicker => page.Locator("#pair-picker");

    /// <summary>The kinds of difference listed, in the order the page shows them (data-kind lists).</summary>
    public async Task<IReadOnlyList<string>> KindsInOrderAsync()
    {
        var kinds = new List<string>();
        foreach (var list in await page.Locator("ul[data-kind]").AllAsync())
        {
            kinds.Add(await list.GetAttributeAsync("data-kind") ?? string.Empty);
        }

        return kinds;
    }

    public ILocator ItemsOf(string kind) => page.Locator($"ul[data-kind='{kind}'] > li");

    public ILocator Item(string kind, string behaviourId) => page.Locator($"ul[data-kind='{kind}'] > li[data-behaviour='{behaviourId}']");

    /// <summary>Whether an item carries the shared "talked about" mark.</summary>
    public static async Task<bool> IsTalkedAboutAsync(ILocator item) => await item.GetAttributeAsync("data-talked") == "true";

    /// <summary>Where the first hot spot starts, in CSS pixels from the top of the page.</summary>
    public Task<double> FirstHotSpotTopAsync() =>
        page.EvaluateAsync<double>("() => { const e = document.querySelector(\"ul[data-kind='HotSpot'] > li\"); return e ? e.getBoundingClientRect().top + window.scrollY : -1; }");

    /// <summary>The stance shown for a person (as named in the pair: "You" or a display name) on one item.</summary>
    public static ILocator StanceOf(ILocator item, string person) =>
        item.Locator("dt").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(person)}$") })
            .Locator("xpath=following-sibling::dd[1]");

    /// <summary>Every count in the per-category table, summed: each behaviour is counted once.</summary>
    public async Task<int> CategoryTableTotalAsync()
    {
        var total = 0;
        foreach (var cell in await page.Locator("#category-summary tbody td").AllAsync())
        {
            // The table sits folded inside "By category": read the text, whether or not it is on screen.
            total += int.Parse((await cell.TextContentAsync() ?? string.Empty).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return total;
    }
}
