using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;

namespace SamePage.Browser.Tests.Accounts;

[Collection(BrowserTests.Name)]
public sealed class ScratchShots(BrowserFixture app)
{
    [Fact]
    public async Task Shots()
    {
        foreach (var (width, scheme) in new[] { (390, ColorScheme.Light), (1280, ColorScheme.Light), (390, ColorScheme.Dark), (1280, ColorScheme.Dark) })
        {
            await using var phone = await Person.OpenAsync(app, viewport: new() { Width = width, Height = 900 }, colorScheme: scheme);
            await phone.SignUpAsync("sam");
            for (var i = 0; i < 2; i++)
            {
                await using var laptop = await Person.OpenAsync(app);
                await laptop.GoToAsync("/signin");
                await laptop.Field("Username").FillAsync(phone.Username);
                await laptop.Field("Passphrase").FillAsync(Person.Passphrase);
                await laptop.FollowAsync(laptop.Button("Sign in"));
            }

            await phone.GoToAsync("/account");
            await phone.Page.Locator("#sessions").ScreenshotAsync(new() { Path = $"/tmp/sessions/card-{width}-{scheme}.png" });
            await phone.Page.Locator("label[for=end-2]").ClickAsync();
            await phone.Field("Your passphrase, to confirm it's you").FillAsync("wrong one here");
            await phone.FollowAsync(phone.Button("Sign out there"));
            await phone.Page.ScreenshotAsync(new() { Path = $"/tmp/sessions/error-{width}-{scheme}.png", FullPage = true });
            await phone.Field("Your passphrase, to confirm it's you").FillAsync(Person.Passphrase);
            await phone.FollowAsync(phone.Button("Sign out there"));
            await phone.Page.ScreenshotAsync(new() { Path = $"/tmp/sessions/ended-{width}-{scheme}.png", FullPage = true });
            await phone.GoToAsync("/account/passphrase?longer=true&returnUrl=%2Fcircles");
            await phone.Page.ScreenshotAsync(new() { Path = $"/tmp/sessions/longer-{width}-{scheme}.png", FullPage = true });
        }
    }
}
