using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>The agreement: from the comparison to a signed version, amendments, versions and exports.</summary>
public sealed partial class Person
{
    public string AgreementPath => CirclePath + "/agreement";

    /// <summary>On the comparison: "Write it into our agreement" on one item, landing on the clause form with a suggestion (nothing written yet).</summary>
    public async Task AddToAgreementFromComparisonAsync(string behaviourId)
    {
        var item = Page.Locator($"ul[data-kind] > li[data-behaviour='{behaviourId}']");
        await FollowAsync(item.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(Say("Write it into our agreement"))) }));
        Assert.Matches(new Regex($"/agreement/clauses/new/[0-9]+/{Regex.Escape(behaviourId)}$"), Path);
    }

    /// <summary>
    /// On a clause's edit page, or a suggestion from the comparison: new wording, then save (back to the
    /// draft). On a suggestion with no expectation chosen yet, the person takes the suggested one.
    /// </summary>
    public async Task RewordClauseAsync(string text)
    {
        await Field("The clause").FillAsync(text);
        var suggested = Page.Locator("label:has(.suggested) input[name='Form.Expectation']");
        if (await Page.Locator("input[name='Form.Expectation']:checked").CountAsync() == 0 && await suggested.CountAsync() == 1)
        {
            await suggested.CheckAsync();
        }

        await FollowAsync(Button("Save the clause"));
        Assert.Equal(AgreementPath, Path);
    }

    public async Task OpenAgreementAsync()
    {
        await OpenCircleAsync();
        await FollowAsync(Link("Open our agreement"));
        Assert.Equal(AgreementPath, Path);
    }

    /// <summary>From the draft: propose it, landing on the new version's page.</summary>
    public async Task ProposeDraftAsync()
    {
        await FollowAsync(Button("Propose this draft for signing"));
        Assert.Matches(new Regex("/agreement/versions/[0-9]+$"), Path);
    }

    /// <summary>On a version's page: sign with the passphrase.</summary>
    public async Task SignThisVersionAsync()
    {
        await Field("Your passphrase").FillAsync(Passphrase);
        await FollowAsync(Button("Sign this version"));
        await Expect(Page.Locator("#version-notice")).ToBeVisibleAsync();
    }

    public ILocator VersionStatus => Page.Locator("#version-status");
}
