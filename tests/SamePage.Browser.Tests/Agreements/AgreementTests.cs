using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Agreements;

/// <summary>Issue 4: two partners go from their comparison to a signed agreement, amend it and read what changed.</summary>
[Collection(BrowserTests.Name)]
public sealed class AgreementTests(BrowserFixture app)
{
    private const string Sexting = "sexting";

    [Fact]
    public async Task Partners_build_an_agreement_from_their_comparison_sign_it_and_amend_it()
    {
        await using var rae = await Person.OpenAsync(app);
        await using var jo = await Person.OpenAsync(app, colorScheme: Microsoft.Playwright.ColorScheme.Dark);
        await rae.SignUpAsync("rae");
        await rae.CreateCircleAsync("Rae and Jo", "Rae");
        var invite = await rae.InviteAsync();
        await jo.SignUpAsync("jo");
        await jo.JoinAsync(invite, "Jo");
        await rae.AnswerAllAsync(id => id == Sexting ? Stance.Betrayal : Stance.TellMe);
        await rae.SubmitAsync();
        await jo.AnswerAllAsync(_ => Stance.TellMe);
        await jo.SubmitAsync();

        // From the hot spot on the comparison to a clause, in their own words.
        await Expect(jo.Page.Locator($"ul[data-kind='HotSpot'] > li[data-behaviour='{Sexting}']")).ToHaveCountAsync(1);
        await jo.AddToAgreementFromComparisonAsync(Sexting);
        // A suggestion, not a write: an empty text with an example, the careful expectation marked but not chosen.
        await Expect(jo.Field("The clause")).ToHaveValueAsync(string.Empty);
        await Expect(jo.Page.Locator("input[name='Form.Expectation']:checked")).ToHaveCountAsync(0);
        await Expect(jo.Page.Locator("label:has(input[name='Form.Expectation'][value='NotOk']) .suggested")).ToBeVisibleAsync();
        await jo.Page.Locator("input[name='Form.Expectation'][value='NotOk']").CheckAsync();
        await jo.RewordClauseAsync("We don't sext anyone else.");
        await Expect(jo.Page.Locator("ol.draft-clauses > li")).ToHaveCountAsync(1);

        await jo.ProposeDraftAsync();
        await Expect(jo.VersionStatus).ToHaveTextAsync("Waiting for signatures");
        await jo.SignThisVersionAsync();

        // Rae sees it waiting on the circle's home, reads and signs: it becomes active.
        await rae.OpenCircleAsync();
        await Expect(rae.Page.Locator("#agreement-summary")).ToContainTextAsync("waiting for your signature");
        await rae.OpenAgreementAsync();
        await rae.FollowAsync(rae.Link("Read and sign version 1"));
        await Expect(rae.Page.Locator("li[data-clause] .clause-text")).ToHaveTextAsync("We don't sext anyone else.");
        await rae.SignThisVersionAsync();
        await Expect(rae.VersionStatus).ToHaveTextAsync("Active");
        await Expect(rae.Page.Locator("#signatures li")).ToHaveCountAsync(2);

        // Amend: a review starts from the active version; Rae adds a clause and proposes; both sign.
        await rae.OpenAgreementAsync();
        await rae.FollowAsync(rae.Button("Start a review"));
        await rae.Field("The clause").FillAsync("We mention it when an ex gets in touch.");
        await rae.Page.Locator("input[name='Form.Expectation'][value='TellMe']").CheckAsync();
        await rae.FollowAsync(rae.Button("Add to the draft"));
        await rae.ProposeDraftAsync();
        await rae.SignThisVersionAsync();
        await jo.OpenAgreementAsync();
        await jo.FollowAsync(jo.Link("Read and sign version 2"));
        await jo.SignThisVersionAsync();
        await Expect(jo.VersionStatus).ToHaveTextAsync("Active");

        // The print view of the active version renders every clause.
        await jo.FollowAsync(jo.Link("Print view"));
        await Expect(jo.Main).ToContainTextAsync("We don't sext anyone else.");
        await Expect(jo.Main).ToContainTextAsync("We mention it when an ex gets in touch.");
        await jo.Page.GoBackAsync();

        await jo.FollowAsync(jo.Link("All versions"));
        await Expect(jo.Page.Locator("tr[data-version='1']")).ToHaveAttributeAsync("data-status", "Superseded");
        await Expect(jo.Page.Locator("tr[data-version='2']")).ToHaveAttributeAsync("data-status", "Active");

        // What changed from version 1 to 2: the added clause.
        await jo.FollowAsync(jo.Link("Compare two versions"));
        await Expect(jo.Page.Locator("li.clause-diff[data-kind='Added']")).ToContainTextAsync("We mention it when an ex gets in touch.");
        await Expect(jo.Page.Locator("li.clause-diff[data-kind='Changed']")).ToHaveCountAsync(0);
    }
}
