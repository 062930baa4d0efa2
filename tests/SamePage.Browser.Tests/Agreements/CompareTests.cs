using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Agreements;

/// <summary>Issue 4, "Versions and diffs": partners read what changed between two versions, in light and dark, with and without JavaScript.</summary>
[Collection(BrowserTests.Name)]
public sealed class CompareTests(BrowserFixture app)
{
    private static async Task AddClauseAsync(Person person, string text)
    {
        await person.Field("The clause").FillAsync(text);
        await person.Page.Locator("input[name='Form.Expectation'][value='TellMe']").CheckAsync();
        await person.FollowAsync(person.Button("Add to the draft"));
    }

    [Fact]
    public async Task Partners_see_which_words_changed_and_can_pick_any_two_versions_without_javascript()
    {
        await using var ash = await Person.OpenAsync(app);
        await using var kit = await Person.OpenAsync(app, javaScript: false, colorScheme: ColorScheme.Dark);
        await ash.SignUpAsync("ash");
        await ash.CreateCircleAsync("Ash and Kit", "Ash");
        var invite = await ash.InviteAsync();
        await kit.SignUpAsync("kit");
        await kit.JoinAsync(invite, "Kit");

        await ash.OpenAgreementAsync();
        await AddClauseAsync(ash, "We tell each other after we meet an ex.");
        await AddClauseAsync(ash, "We check in every month.");
        await ash.ProposeDraftAsync();
        await ash.OpenAgreementAsync();
        await ash.FollowAsync(ash.Page.Locator("ol.draft-clauses > li").Filter(new() { HasText = "meet an ex" }).GetByRole(AriaRole.Link).Filter(new() { HasText = "Edit" }));
        await ash.RewordClauseAsync("We tell each other before we meet an ex.");
        await ash.ProposeDraftAsync();

        // Kit (dark mode, no JavaScript) opens the diff from the agreement: the latest version against the one before.
        await kit.OpenAgreementAsync();
        await kit.FollowAsync(kit.Link("Compare versions"));
        await Expect(kit.Page.Locator("#diff-summary")).ToHaveTextAsync("1 clause changed.");
        var changed = kit.Page.Locator("#changes > li[data-kind='Changed']");
        await Expect(changed.Locator(".diff-label")).ToHaveTextAsync("Changed: wording");
        await Expect(changed.Locator("p.diff-text del")).ToHaveTextAsync("after");
        await Expect(changed.Locator("p.diff-text ins")).ToHaveTextAsync("before");
        await Expect(kit.Page.Locator("#unchanged summary")).ToHaveTextAsync("1 clause stayed the same");

        // The picker is a plain GET form: read it back in time.
        await kit.Field("From").SelectOptionAsync("2");
        await kit.Field("To").SelectOptionAsync("1");
        await kit.FollowAsync(kit.Button("Show what changed"));
        await Expect(kit.Page.Locator("#diff-heading")).ToHaveTextAsync("From version 2 to version 1");
        await Expect(kit.Page.Locator("#backwards")).ToBeVisibleAsync();
        await Expect(changed.Locator("p.diff-text del")).ToHaveTextAsync("before");

        // Ash, in light mode with JavaScript, sees the same page (checked by axe too).
        await ash.GoToAsync(ash.AgreementPath + "/compare");
        await Expect(ash.Page.Locator("#changes > li")).ToHaveCountAsync(1);
    }
}
