using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Safety;

/// <summary>The quick exit replaces SamePage with a neutral page, leaving nothing to go Back to.</summary>
[Collection(BrowserTests.Name)]
public sealed class QuickExitTests(BrowserFixture app)
{
    [Fact]
    public async Task Clicking_quick_exit_opens_the_neutral_page_and_Back_does_not_return_to_SamePage()
    {
        await using var person = await Person.OpenAsync(app);
        await person.StartElsewhereAsync();
        await person.GoToAsync("/help");

        await PageChecks.QuickExit(person.Page).ClickAsync();

        await AssertLeftWithoutTraceAsync(person.Page);
    }

    [Fact]
    public async Task Pressing_Shift_three_times_leaves_a_signed_in_questionnaire_page_and_Back_does_not_return()
    {
        await using var person = await Person.OpenAsync(app);
        await person.SignUpAsync("kai");
        await person.CreateCircleAsync("Ours", "Kai");
        await person.StartAnsweringAsync();
        var questionnaire = person.Page.Url;
        await person.StartElsewhereAsync();
        await person.GoToAsync(questionnaire);

        for (var i = 0; i < 3; i++)
        {
            await person.Page.Keyboard.PressAsync("Shift");
        }

        await AssertLeftWithoutTraceAsync(person.Page);
    }

    [Fact]
    public async Task Quick_exit_signs_out_so_Back_and_a_fresh_tab_show_nothing_of_the_circle()
    {
        await using var person = await Person.OpenAsync(app);
        await person.SignUpAsync("wren");
        await person.CreateCircleAsync("Our quiet place", "Wren");
        var circle = new Uri(person.Page.Url);
        await person.GoToAsync("/circles");
        await person.GoToAsync(circle.AbsolutePath);
        await PageChecks.QuickExit(person.Page).ClickAsync();

        await person.Page.WaitForURLAsync(NeutralSite.ExitUrl);
        await AssertSignedOutSoonAsync(person.Page.Context, circle);

        // Back: the circle page is gone from history (replaced); the page before it asks to sign in afresh.
        await person.Page.GoBackAsync();
        Assert.Equal("/signin", new Uri(person.Page.Url).AbsolutePath);
        await Expect(person.Page.Locator("main")).Not.ToContainTextAsync("Our quiet place");
        await Expect(person.Page.Locator("h1")).ToHaveTextAsync("Sign in");

        // A fresh tab straight to the circle's address: sign in first, nothing of the circle.
        var tab = await person.Page.Context.NewPageAsync();
        await tab.GotoAsync(circle.ToString());
        Assert.Equal("/signin", new Uri(tab.Url).AbsolutePath);
        await Expect(tab.Locator("main")).Not.ToContainTextAsync("Our quiet place");
        await PageChecks.AssertPageIsSoundAsync(tab);
    }

    [Fact]
    public async Task Typing_capital_letters_or_holding_Shift_does_not_trigger_the_quick_exit()
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/signup");
        var signUp = person.Page.Url;
        await person.Field("Username").ClickAsync();

        // Shift + letter for each capital, as people type: "Sam And Kai".
        foreach (var c in "Sam And Kai")
        {
            await (char.IsUpper(c)
                ? person.Page.Keyboard.PressAsync("Shift+Key" + c)
                : person.Page.Keyboard.TypeAsync(c.ToString()));
        }

        // Shift held down (the key repeats) while typing capitals: " OK".
        await person.Page.Keyboard.PressAsync("Space");
        await person.Page.Keyboard.DownAsync("Shift");
        await person.Page.Keyboard.DownAsync("Shift");
        await person.Page.Keyboard.DownAsync("Shift");
        await person.Page.Keyboard.PressAsync("KeyO");
        await person.Page.Keyboard.PressAsync("KeyK");
        await person.Page.Keyboard.UpAsync("Shift");

        await Expect(person.Field("Username")).ToHaveValueAsync("Sam And Kai OK");
        await person.Page.WaitForTimeoutAsync(300); // the exit would have started synchronously on keydown
        Assert.Equal(signUp, person.Page.Url);
        await Expect(person.Page.Locator("h1")).ToHaveTextAsync("Create an account");

        // The same page still exits on three presses of Shift alone.
        for (var i = 0; i < 3; i++)
        {
            await person.Page.Keyboard.PressAsync("Shift");
        }

        await person.Page.WaitForURLAsync(NeutralSite.ExitUrl);
    }

    [Fact]
    public async Task Without_JavaScript_the_quick_exit_is_a_plain_link_to_the_neutral_page()
    {
        await using var person = await Person.OpenAsync(app, javaScript: false);
        await person.StartElsewhereAsync();
        await person.GoToAsync("/signin");

        await PageChecks.QuickExit(person.Page).ClickAsync();

        await person.Page.WaitForURLAsync(NeutralSite.ExitUrl);
        await Expect(person.Page).ToHaveTitleAsync("Weather");
    }

    /// <summary>
    /// The beacon travels on its own while the neutral page loads (Playwright doesn't report beacons),
    /// so this asks, with the browser's own cookies, until the circle sends to sign-in: long before a
    /// person could press Back.
    /// </summary>
    private static async Task AssertSignedOutSoonAsync(IBrowserContext context, Uri circle)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await context.APIRequest.GetAsync(circle.ToString(), new() { MaxRedirects = 0 });
            if (response.Status == 302 && response.Headers["location"].Contains("/signin", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The quick exit left the person signed in.");
    }

    private static async Task AssertLeftWithoutTraceAsync(IPage page)
    {
        await page.WaitForURLAsync(NeutralSite.ExitUrl);
        await Expect(page).ToHaveTitleAsync("Weather");

        await page.GoBackAsync();

        Assert.Equal(NeutralSite.StartUrl, page.Url);
        await Expect(page).ToHaveTitleAsync("Start");
    }
}
