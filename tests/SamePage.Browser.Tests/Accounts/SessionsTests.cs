using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accounts;

/// <summary>Issue 13, item 3: on the account page, someone sees where they are signed in and signs out of another device.</summary>
[Collection(BrowserTests.Name)]
public sealed class SessionsTests(BrowserFixture app)
{
    [Fact]
    public async Task Someone_sees_their_sessions_and_signs_out_of_the_other_one()
    {
        await using var phone = await Person.OpenAsync(app, viewport: new() { Width = 390, Height = 844 });
        await phone.SignUpAsync("sam");
        await using var laptop = await Person.OpenAsync(app);
        await laptop.GoToAsync("/signin");
        await laptop.Field("Username").FillAsync(phone.Username);
        await laptop.Field("Passphrase").FillAsync(Person.Passphrase);
        await laptop.FollowAsync(laptop.Button("Sign in"));

        await phone.GoToAsync("/account");
        var card = phone.Page.Locator("#sessions");
        await Expect(card.Locator("#sessions-list li")).ToHaveCountAsync(2);
        await Expect(card.Locator("#session-1")).ToContainTextAsync("This one, where you are now");
        await Expect(card.Locator("#session-2 .session-this")).ToHaveCountAsync(0);

        // A wrong passphrase ends nothing and keeps the choice.
        await phone.Page.Locator("label[for=end-2]").ClickAsync();
        await phone.Field("Your passphrase, to confirm it's you").FillAsync("not quite my passphrase");
        await phone.FollowAsync(phone.Button("Sign out there"));
        await Expect(phone.Page.Locator("#sessions-error")).ToContainTextAsync("isn't your passphrase");
        await Expect(phone.Page.Locator("#end-2")).ToBeCheckedAsync();

        await phone.Field("Your passphrase, to confirm it's you").FillAsync(Person.Passphrase);
        await phone.FollowAsync(phone.Button("Sign out there"));
        await Expect(phone.Page.Locator("#sessions-notice")).ToContainTextAsync("That session has ended");
        await Expect(phone.Page.Locator("#sessions-list li")).ToHaveCountAsync(1);
        await Expect(phone.Page.Locator("#sessions-only-here")).ToBeVisibleAsync();

        await laptop.GoToAsync("/circles");
        Assert.Equal("/signin", laptop.Path);
    }
}
