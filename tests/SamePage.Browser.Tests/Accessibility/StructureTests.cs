using SamePage.Browser.Tests.Support;
using Xunit.Sdk;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// The structure check <see cref="StructureCheck"/> (run by <see cref="EveryPageTests"/> on every page of a
/// two-partner flow) catches what it is there to catch.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StructureTests(BrowserFixture app)
{
    [Theory]
    [InlineData("<button type=\"button\"></button>", "a button without an accessible name")]
    [InlineData("<input type=\"text\">", "a textbox without an accessible name")]
    [InlineData("<h1>Another title</h1>", "2 level-1 headings")]
    [InlineData("<h3>Too deep</h3>", "skipping a level")]
    [InlineData("<main>A second main</main>", "2 main landmarks")]
    public async Task The_structure_check_catches_what_it_is_there_to_catch(string added, string said)
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/help");
        await person.Page.Locator("main h1").EvaluateAsync("(h1, html) => h1.insertAdjacentHTML('afterend', html)", added);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageStructure.AssertSoundAsync(person.Page));

        Assert.Contains(said, failure.Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// Beyond axe: on every page a person of the walk lands on, what the accessibility tree tells a screen
/// reader is sound (<see cref="PageStructure"/>): named controls, one h1, the landmarks, and headings
/// that never skip a level on the way down.
/// </summary>
public sealed class StructureCheck : IPageCheck
{
    private readonly HashSet<string> _pages = [];

    public string Name => "structure";

    public bool OnEveryNavigation => true;

    /// <summary>The distinct addresses checked.</summary>
    public IReadOnlySet<string> Pages => _pages;

    public async Task CheckAsync(PageVisit visit, Action<string> problem)
    {
        _pages.Add(new Uri(visit.Url).AbsolutePath);
        await PageStructure.AssertSoundAsync(visit.Page);
    }
}
