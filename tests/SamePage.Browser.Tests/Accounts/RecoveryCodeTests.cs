using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accounts;

/// <summary>Issue 12: the recovery code at sign-up: copy it, download it, and say it is stored before going on.</summary>
[Collection(BrowserTests.Name)]
public sealed class RecoveryCodeTests(BrowserFixture app)
{
    [Fact]
    public async Task A_new_person_copies_and_downloads_their_code_and_goes_on_only_once_it_is_stored()
    {
        await using var person = await Person.OpenAsync(app, viewport: new ViewportSize { Width = 390, Height = 844 });
        await person.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await person.GoToAsync("/signup");
        await person.Field("Username").FillAsync($"juniper-{Random.Shared.Next(0x100000, 0xFFFFFF):x6}");
        await person.Field("Passphrase").FillAsync(Person.Passphrase);
        await person.FollowAsync(person.Button("Create my account"));
        var code = (await person.Page.Locator("[data-recovery-code]").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$", code);

        await person.Button("Copy").ClickAsync();
        await Expect(person.Page.Locator("[data-copy-status]")).ToContainTextAsync("Copied");
        Assert.Equal(code, await person.Page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        var download = await person.Page.RunAndWaitForDownloadAsync(() => person.Button("Download as a file").ClickAsync());
        Assert.Equal("samepage-recovery-code.txt", download.SuggestedFilename);
        Assert.StartsWith(code, await File.ReadAllTextAsync(await download.PathAsync()), StringComparison.Ordinal);
        Assert.Equal("/signup", person.Path); // still on the code

        // Continue without the box: the browser asks for it, and the code stays on screen.
        await person.Button("Continue").ClickAsync();
        Assert.Equal("/signup", person.Path);
        await Expect(person.Page.Locator("[data-recovery-code]")).ToHaveTextAsync(code);

        await person.SaveRecoveryCodeAsync();
        Assert.Equal("/circles", person.Path);
    }

    [Fact]
    public async Task Without_JavaScript_the_code_can_be_selected_and_downloaded_and_Copy_is_not_offered()
    {
        await using var person = await Person.OpenAsync(app, javaScript: false);
        await person.GoToAsync("/signup");
        await person.Field("Username").FillAsync($"rowan-{Random.Shared.Next(0x100000, 0xFFFFFF):x6}");
        await person.Field("Passphrase").FillAsync(Person.Passphrase);
        await person.FollowAsync(person.Button("Create my account"));

        await Expect(person.Page.Locator("button[data-copy]")).ToBeHiddenAsync();
        Assert.Equal("all", await person.Page.Locator("[data-recovery-code]").EvaluateAsync<string>("e => getComputedStyle(e).userSelect"));
        var download = await person.Page.RunAndWaitForDownloadAsync(() => person.Button("Download as a file").ClickAsync());
        Assert.Equal("samepage-recovery-code.txt", download.SuggestedFilename);

        await person.SaveRecoveryCodeAsync();
        Assert.Equal("/circles", person.Path);
    }
}
