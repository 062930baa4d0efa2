using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;

namespace SamePage.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class ScratchScreens(BrowserFixture app)
{
    [Fact]
    public async Task Shots()
    {
        foreach (var (w, h) in new[] { (390, 844), (1280, 800) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var tag = $"{w}-{scheme.ToString().ToLowerInvariant()}";
                await using var p = await Person.OpenAsync(app, viewport: new ViewportSize { Width = w, Height = h }, colorScheme: scheme);
                await p.GoToAsync("/");
                await p.Page.ScreenshotAsync(new() { Path = $"/tmp/look/shots/home-{tag}.png", FullPage = true });
                await p.GoToAsync("/signin");
                await p.Page.ScreenshotAsync(new() { Path = $"/tmp/look/shots/signin-{tag}.png", FullPage = true });
                await p.GoToAsync("/signup");
                await p.Field("Username").FillAsync($"shot-{Random.Shared.Next(0x100000, 0xFFFFFF):x6}");
                await p.Field("Passphrase").FillAsync(Person.Passphrase);
                await p.FollowAsync(p.Button("Create my account"));
                await p.Page.ScreenshotAsync(new() { Path = $"/tmp/look/shots/code-{tag}.png", FullPage = true });
                await p.SaveRecoveryCodeAsync();
                await p.Page.ScreenshotAsync(new() { Path = $"/tmp/look/shots/circles-{tag}.png", FullPage = true });
                await p.GoToAsync("/account");
                await p.Page.ScreenshotAsync(new() { Path = $"/tmp/look/shots/settings-{tag}.png", FullPage = true });
                await p.GoToAsync("/account/delete");
                await p.Page.ScreenshotAsync(new() { Path = $"/tmp/look/shots/delete-{tag}.png", FullPage = true });
            }
        }
    }
}
