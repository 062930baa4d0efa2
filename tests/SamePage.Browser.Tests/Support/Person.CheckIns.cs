using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>Check-ins: starting one from the circle's home, answering it by its labels, the results and the trends.</summary>
public sealed partial class Person
{
    public ILocator CheckInSummary => Page.Locator("#check-in-summary");

    /// <summary>From the circle's home: "Start a check-in", landing on the new check-in.</summary>
    public async Task StartCheckInFromHomeAsync()
    {
        await OpenCircleAsync();
        await FollowAsync(CheckInSummary.GetByRole(AriaRole.Button, new() { Name = Say("Start a check-in"), Exact = true }));
        Assert.Matches(new Regex("/check-ins/[0-9]+$"), Path);
    }

    /// <summary>From the circle's home: the open check-in, to answer.</summary>
    public async Task OpenCheckInFromHomeAsync(int number)
    {
        await OpenCircleAsync();
        await FollowAsync(CheckInSummary.GetByRole(AriaRole.Link, new() { Name = Say("Answer check-in {0}", number), Exact = true }));
        Assert.EndsWith($"/check-ins/{number}", Path, StringComparison.Ordinal);
    }

    /// <summary>On a check-in's form: clicks a score for each item, a feeling for each clause named, and types the two texts.</summary>
    public async Task AnswerCheckInAsync(IReadOnlyDictionary<string, int> scores, IReadOnlyDictionary<string, string>? feelings = null, string appreciation = "", string topics = "")
    {
        foreach (var (item, score) in scores)
        {
            await Page.Locator($"label[for='s-{item}-{score}']").ClickAsync();
            await Expect(Page.Locator($"#s-{item}-{score}")).ToBeCheckedAsync();
        }

        foreach (var (clauseText, feeling) in feelings ?? new Dictionary<string, string>())
        {
            var clause = Page.Locator("fieldset.clause-feeling").Filter(new() { HasText = clauseText });
            await clause.GetByLabel(feeling, new() { Exact = true }).CheckAsync();
        }

        await Field("Appreciation").FillAsync(appreciation);
        await Field("Topics").FillAsync(topics);
    }

    /// <summary>Submits the check-in form: lands on the same check-in (waiting, or the results if last).</summary>
    public async Task SubmitCheckInAsync()
    {
        var path = Path;
        await FollowAsync(Button("Submit my check-in"));
        Assert.Equal(path, Path);
    }

    /// <summary>What the check-in form says about saving the texts as they are typed ("Saved").</summary>
    public ILocator TextSaveStatus => Page.Locator("#text-save-status");

    /// <summary>Types into a check-in text (Appreciation or Topics) and waits for the autosave to say it is kept.</summary>
    public async Task TypeCheckInTextAsync(string label, string text)
    {
        await Field(label).FillAsync(text);
        await Expect(TextSaveStatus).ToHaveTextAsync(Say("Saved"));
    }

    public async Task OpenTrendsAsync()
    {
        await FollowAsync(Link("See how this has changed over time"));
        Assert.EndsWith("/check-ins/trends", Path, StringComparison.Ordinal);
    }
}
