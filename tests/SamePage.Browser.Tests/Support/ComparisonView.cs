using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>Reads the comparison page: the pair heading and summary, the per-kind lists, the tables.</summary>
public sealed class ComparisonView(IPage page)
{
    public ILocator PairHeading => page.Locator("#pair-heading");

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
            total += int.Parse(await cell.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return total;
    }
}
