using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Agreements;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Agreements;

/// <summary>Issue 4, "Export": the print view of a signed version renders, and printing leaves only the agreement.</summary>
[Collection(BrowserTests.Name)]
public sealed class PrintTests(BrowserFixture app)
{
    private const string FirstClause = "We tell each other when we make plans with an ex.\nBefore, not after.";
    private const string SecondClause = "Ünïcödé — Ελληνικά και русский ok";

    [Fact]
    public async Task The_print_view_shows_the_agreement_on_screen_with_the_quick_exit_and_prints_only_the_agreement()
    {
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("Us", "Alex");
        var invite = await alex.InviteAsync();
        await bea.SignUpAsync("bea");
        await bea.JoinAsync(invite, "Bea");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, alex, [alex, bea],
            AgreementSetup.Clause(FirstClause, Expectation.TellMe, "ex-partners", "Agreed after a long walk"),
            AgreementSetup.Clause(SecondClause, Expectation.Fine));
        var print = $"{alex.CirclePath}/agreement/versions/{number}/print";

        foreach (var person in new[] { alex, bea })
        {
            await person.GoToAsync(print); // axe, and the quick exit on screen
            var page = person.Page;
            await Expect(page.Locator("h1")).ToHaveTextAsync($"Agreement, version {number}");
            await Expect(page.Locator(".site-header")).ToBeVisibleAsync();
            await Expect(page.Locator("#copies")).ToBeVisibleAsync();
            await Expect(person.Button("Print this page")).ToBeVisibleAsync(); // shown by print.js

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(PageChecks.QuickExit(page)).ToBeHiddenAsync();
            await Expect(page.Locator(".quick-exit-bar")).ToBeHiddenAsync();
            await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
            await Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
            await Expect(page.Locator("#copies")).ToBeHiddenAsync();
            await Expect(person.Button("Print this page")).ToBeHiddenAsync();
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Expect(page.Locator(".clause-text").First).ToBeVisibleAsync();
            await Expect(page.Locator(".clause-text").First).ToHaveTextAsync(FirstClause);
            await Expect(page.Locator(".clause-text").Nth(1)).ToHaveTextAsync(SecondClause);
            await Expect(page.Locator(".clause-notes")).ToBeVisibleAsync();
            await Expect(page.Locator("#signatures li")).ToHaveCountAsync(2);
            await Expect(page.Locator("#signatures")).ToBeVisibleAsync();
            await Expect(page.Locator("#fingerprint")).ToBeVisibleAsync();
            // Ink on paper, whatever the screen's colour scheme: dark text, and the line breaks the members typed.
            Assert.Equal("rgb(0, 0, 0)", await page.Locator(".clause-text").First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
            Assert.Equal("pre-wrap", await page.Locator(".clause-text").First.EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace"));
            await PageChecks.AssertNoAxeViolationsAsync(page);

            await page.EmulateMediaAsync(new() { Media = Media.Screen });
            await PageChecks.AssertQuickExitOnScreenAsync(page);
        }
    }
}
