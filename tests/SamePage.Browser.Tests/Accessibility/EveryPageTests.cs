using System.Globalization;
using SamePage.Browser.Tests.Localisation;
using SamePage.Browser.Tests.Support;
using SamePage.Browser.Tests.Tour;
using Xunit.Abstractions;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// One walk of a two-partner flow (<see cref="TwoPartnerFlow"/>: sign-up, a circle, an invite, the
/// questionnaire, the comparison, an agreement signed by both, a check-in, a concern shared and replied
/// to, the settings, a page that is not there) with every page check on the pages it reaches, rather
/// than a walk of its own for each:
/// <list type="bullet">
/// <item>axe and the quick exit on every page landed on (the page objects), and the accessibility tree
/// sound on each (<see cref="StructureCheck"/>);</item>
/// <item>each view reflowed at 320 px and 200% zoom, in forced colours light and dark, with reduced
/// motion (<see cref="VisualCheck"/>);</item>
/// <item>the main pages on a phone and a desktop, light and dark, within their weight (<see cref="TourCheck"/>);</item>
/// <item>each kind of page in Spanish and German, nothing left in English, axe clean, and valid HTML
/// (<see cref="TranslationCheck"/>, then the Nu HTML Checker on what it kept).</item>
/// </list>
/// Every problem is gathered, named by its page and its check, before the test fails.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EveryPageTests(BrowserFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_of_a_two_partner_flow_passes_every_page_check()
    {
        var typed = new List<string>();
        var visual = new VisualCheck();
        var structure = new StructureCheck();
        var tour = new TourCheck(app);
        var translations = new TranslationCheck(app, typed);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var walk = await PageWalk.RunAsync(app, typed, visual, structure, tour, translations);
        var invalid = await HtmlValidator.ValidateAsync(translations.Served.All);

        // Said, never asserted: how long the walk took with every check on every page.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{walk.Views} views, {structure.Pages.Count} addresses, {translations.Served.All.Count} translated documents in {clock.Elapsed.TotalSeconds:0} s."));
        Assert.True(walk.Views >= 45, $"The flow showed only {walk.Views} views.");
        Assert.True(visual.Choices >= 20, $"Only {visual.Choices} chosen answers drawn by the page were compared with unchosen ones.");
        Assert.True(structure.Pages.Count >= 25, $"Only {structure.Pages.Count} pages were checked for structure: {string.Join(", ", structure.Pages)}");
        Assert.True(tour.Seen.Count == 14, $"The tour saw {tour.Seen.Count} of its 14 pages: {string.Join(", ", tour.Seen)}");
        Assert.True(translations.Served.All.Count >= 60, string.Create(CultureInfo.InvariantCulture,
            $"Only {translations.Served.All.Count} pages were read in Spanish and German: {string.Join(", ", translations.Served.Paths)}"));
        var problems = walk.Problems.Concat(invalid.Select(e => $"valid HTML: {e}")).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems));
    }
}
