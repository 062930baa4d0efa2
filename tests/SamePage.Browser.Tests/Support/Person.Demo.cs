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
    public async Task StartDemoAsync()
    {
        Assert.Equal("/circles/demo", Path);
        await FollowAsync(Button("Start the demo"));
        var match = Regex.Match(Path, "^(/circles/[0-9a-f-]{36})/demo$");
        Assert.True(match.Success, $"Expected the demo's page, got {Path}");
        (CirclePath, DisplayName) = (match.Groups[1].Value, "Me");
    }

    /// <summary>From the banner: the demo's page, then the sample partner's turn by its button's words.</summary>
    public async Task LetTheSamplePartnerAsync(string button)
    {
        await FollowAsync(DemoBanner.GetByRole(AriaRole.Link, new() { Name = "The sample partner's turn", Exact = true }));
        await FollowAsync(Main.Locator("#sample-turn").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));
        await Expect(Page.Locator("#turn-done")).ToBeVisibleAsync();
    }
}
