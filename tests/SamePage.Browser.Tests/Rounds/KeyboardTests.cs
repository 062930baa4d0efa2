using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

[Collection(BrowserTests.Name)]
public sealed class KeyboardTests(BrowserFixture app)
{
    [Fact]
    public async Task Stances_are_chosen_with_Tab_and_the_arrow_keys()
    {
        await using var ash = await Person.OpenAsync(app);
        await ash.SignUpAsync("ash");
        await ash.CreateCircleAsync("Keys", "Ash");
        await ash.StartAnsweringAsync();
        var behaviours = await ash.BehavioursOnPageAsync();
        var (first, second) = (behaviours[0], behaviours[1]);

        // From the start of the main content, Tab reaches the first question's group of stances.
        await ash.Page.Locator("#main").FocusAsync();
        for (var i = 0; i < 5 && !await IsFocusedAsync(ash.StanceRadio(first, Stance.Fine)); i++)
        {
            await ash.Page.Keyboard.PressAsync("Tab");
        }

        await Expect(ash.StanceRadio(first, Stance.Fine)).ToBeFocusedAsync();
        Assert.True(await HasVisibleFocusAsync(ash.StanceRadio(first, Stance.Fine)), "The focused stance shows no focus outline");

        // Arrow keys move through the stances and choose them.
        await ash.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(ash.StanceRadio(first, Stance.TellMe)).ToBeCheckedAsync();
        await Expect(ash.StanceRadio(first, Stance.TellMe)).ToBeFocusedAsync();
        await ash.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(ash.StanceRadio(first, Stance.AskFirst)).ToBeCheckedAsync();
        await ash.Page.Keyboard.PressAsync("ArrowUp");
        await Expect(ash.StanceRadio(first, Stance.TellMe)).ToBeCheckedAsync();
        await Expect(ash.StanceRadio(first, Stance.AskFirst)).Not.ToBeCheckedAsync();
        await Expect(ash.SaveStatus).ToHaveTextAsync("Saved privately.");

        // One Tab stop per question: the next Tab goes to the next question, and Space chooses there.
        await ash.Page.Keyboard.PressAsync("Tab");
        await Expect(ash.StanceRadio(second, Stance.Fine)).ToBeFocusedAsync();
        await ash.Page.Keyboard.PressAsync("Space");
        await Expect(ash.StanceRadio(second, Stance.Fine)).ToBeCheckedAsync();
        await Expect(ash.ProgressText).ToContainTextAsync("2 of ");
    }

    private static async Task<bool> HasVisibleFocusAsync(Microsoft.Playwright.ILocator locator) =>
        await locator.EvaluateAsync<bool>(
            // A radio drawn as a segment is transparent: the outline must be on the segment a person sees.
            "el => { const seen = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : el; const s = getComputedStyle(seen); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }");

    private static async Task<bool> IsFocusedAsync(Microsoft.Playwright.ILocator locator) =>
        await locator.EvaluateAsync<bool>("el => el === document.activeElement");
}
