using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Circles;

/// <summary>Issue 13, item 8: a name that reads as a partner's is refused kindly; emoji with joiners are welcome.</summary>
[Collection(BrowserTests.Name)]
public sealed class LookAlikeNameTests(BrowserFixture app)
{
    [Fact]
    public async Task Bea_cannot_join_under_a_look_alike_of_Annas_name_and_joins_under_her_own_with_a_flag()
    {
        await using var anna = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app, viewport: BrowserFixture.Phone, colorScheme: ColorScheme.Dark);
        await anna.SignUpAsync("anna");
        await anna.CreateCircleAsync("Us", "Anna");
        var invite = await anna.InviteAsync();
        await bea.SignUpAsync("bea");
        await bea.GoToAsync(invite);

        await bea.Field("Your name in this circle").FillAsync("\u0410nna"); // a Cyrillic "А"
        await bea.FollowAsync(bea.Button("Join the circle"));

        Assert.Equal("/join", bea.Path);
        await Expect(bea.Page.Locator("#display-name-error")).ToContainTextAsync("reads just like the name of someone already in this circle");
        await Expect(bea.Field("Your name in this circle")).ToHaveValueAsync("\u0410nna");
        await bea.JoinHereAsync("Bea 🏳️‍🌈");
        await anna.OpenCircleAsync();
        await Expect(anna.Page.Locator("#members")).ToContainTextAsync("Bea 🏳️‍🌈");
    }
}
