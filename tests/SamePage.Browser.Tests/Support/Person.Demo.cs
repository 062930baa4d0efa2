using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>"Try it with a sample partner": starting the demo, the sample partner's turns, deleting it.</summary>
public sealed partial class Person
{
    /// <summary>The banner every page of a demo circle carries.</summary>
    public ILocator DemoBanner => Page.Locator("#demo-banner");

    /// <summary>On /circles/demo: one click starts the demo, landing on its step-by-step page.</summary>
    /// <param name="button">The button's words in the page's language.</param>
    /// <param name="yourName">The name the person goes by in the demo, in that language.</param>
    public async Task StartDemoAsync(string button = "Start the demo", string yourName = "Me")
    {
        Assert.Equal("/circles/demo", Path);
        await FollowAsync(Button(button));
        var match = Regex.Match(Path, "^(/circles/[0-9a-f-]{36})/demo$");
        Assert.True(match.Success, $"Expected the demo's page, got {Path}");
        (CirclePath, DisplayName) = (match.Groups[1].Value, yourName);
    }

    /// <summary>From the banner: the demo's page, then the sample partner's turn by its button's words.</summary>
    /// <param name="turn">The banner's link to the sample partner's turn, in the page's language.</param>
    public async Task LetTheSamplePartnerAsync(string button, string turn = "The sample partner's turn")
    {
        await FollowAsync(DemoBanner.GetByRole(AriaRole.Link, new() { Name = turn, Exact = true }));
        await FollowAsync(Main.Locator("#sample-turn").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));
        await Expect(Page.Locator("#turn-done")).ToBeVisibleAsync();
    }
}
