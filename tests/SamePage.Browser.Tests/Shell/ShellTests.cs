using System.Globalization;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Shell;

/// <summary>
/// Issue 12: the shell and the pages every newcomer sees first (home, sign-in, sign-up with its
/// recovery code, settings, delete) on a phone and a desktop, light and dark: axe finds nothing (the
/// page objects check it on every page), the quick exit is on screen, nothing scrolls sideways, and the
/// main action is a filled button of at least 44 px. With SAMEPAGE_SCREENSHOTS set to a folder, each
/// page is also saved there as a PNG, to look at.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ShellTests(BrowserFixture app)
{
    public static TheoryData<int, int, ColorScheme> Screens => new()
    {
        { 390, 844, ColorScheme.Light },
        { 390, 844, ColorScheme.Dark },
        { 1280, 800, ColorScheme.Light },
        { 1280, 800, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_newcomers_first_pages_are_sound_and_fit_the_screen(int width, int height, ColorScheme scheme)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"{width}-{scheme.ToString().ToLowerInvariant()}");
        await using var person = await Person.OpenAsync(app, viewport: new ViewportSize { Width = width, Height = height }, colorScheme: scheme);

        await person.GoToAsync("/");
        await AssertFitsAsync(person.Page, "home", tag);
        await AssertMainActionAsync(person.Main.GetByRole(AriaRole.Link, new() { Name = "Create an account", Exact = true }));

        await person.GoToAsync("/signin");
        await AssertFitsAsync(person.Page, "sign-in", tag);

        await person.GoToAsync("/signup");
        await AssertFitsAsync(person.Page, "sign-up", tag);
        await person.Field("Username").FillAsync($"shell-{Random.Shared.Next(0x100000, 0xFFFFFF):x6}");
        await person.Field("Passphrase").FillAsync(Person.Passphrase);
        await person.FollowAsync(person.Button("Create my account"));
        await AssertFitsAsync(person.Page, "recovery-code", tag);
        await AssertMainActionAsync(person.Button("Continue"));
        await person.SaveRecoveryCodeAsync();

        await person.GoToAsync("/account");
        await AssertFitsAsync(person.Page, "settings", tag);
        await Expect(person.Page.Locator("header.site-header nav a[aria-current=page]")).ToHaveTextAsync("Settings");
        await AssertMainActionAsync(person.Page.Locator("header.site-header").GetByRole(AriaRole.Button, new() { Name = "Sign out" }), filled: false);

        await person.GoToAsync("/account/delete");
        await AssertFitsAsync(person.Page, "delete", tag);
    }

    /// <summary>Nothing wider than the screen, so nothing scrolls sideways.</summary>
    private static async Task AssertFitsAsync(IPage page, string name, string tag)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"{name} at {tag} is {scroll} px wide on a {client} px screen");
        if (Environment.GetEnvironmentVariable("SAMEPAGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{tag}.png"), FullPage = true });
        }
    }

    /// <summary>A main action is a button, not an underlined link: at least 44 px tall, filled with the accent.</summary>
    private static async Task AssertMainActionAsync(ILocator action, bool filled = true)
    {
        await Expect(action).ToBeVisibleAsync();
        var box = await action.BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"{action} is {box.Height} px tall");
        var style = await action.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.textDecorationLine]; }");
        Assert.Equal("none", style[1]);
        if (filled)
        {
            Assert.NotEqual("rgba(0, 0, 0, 0)", style[0]);
        }
    }
}
