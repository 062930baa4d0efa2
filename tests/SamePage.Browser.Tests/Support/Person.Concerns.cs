using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>Concerns, the private self-check and parting ways, driven by their labels, links and buttons.</summary>
public sealed partial class Person
{
    private static readonly Regex ConcernPathPattern = new("/concerns/[0-9a-f-]{36}$");

    public ILocator ConcernNotice => Page.Locator("#concern-notice");

    public ILocator ConcernStatus => Page.Locator("#concern-status");

    public ILocator Replies => Main.Locator("ol.replies > li");

    public ILocator RecordedOutcome => Page.Locator("#recorded-outcome");

    /// <summary>From the circle's home, the concerns list (the "When something's not right" links).</summary>
    public async Task OpenConcernsAsync()
    {
        await OpenCircleAsync();
        await FollowAsync(Page.Locator("#repair-links").GetByRole(AriaRole.Link, new() { Name = Say(ConcernWords.Concerns), Exact = true }));
        Assert.EndsWith("/concerns", Path, StringComparison.Ordinal);
    }

    /// <summary>From the concerns list: writes a new concern with the guided fields and saves it as a private draft.</summary>
    public async Task DraftConcernAsync(string noticed, string felt, string need)
    {
        await FollowAsync(Link(ConcernWords.RaiseAConcern));
        await Expect(Page.Locator("#guidance")).ToContainTextAsync(Say("Don't assume: give your partner a chance to explain. Something that looks like one thing can turn out to be another, and a question leaves room for that where a verdict doesn't.")[..8]);
        await Field(ConcernWords.Noticed).FillAsync(noticed);
        await Field(ConcernWords.Felt).FillAsync(felt);
        await Field(ConcernWords.Need).FillAsync(need);
        await FollowAsync(Button(ConcernWords.SaveDraft));
        Assert.Matches(ConcernPathPattern, Path);
        await Expect(ConcernNotice).ToHaveTextAsync(Say("Saved. Only you can see this draft."));
    }

    /// <summary>On a draft: opens the share page, ticks these people (unticking anyone else) and shares.</summary>
    public async Task ShareConcernWithAsync(params string[] names)
    {
        await FollowAsync(Link(ConcernWords.ChooseWhom));
        foreach (var box in await Page.Locator("#share-form input[name=For]").AllAsync())
        {
            await box.UncheckAsync();
        }

        foreach (var name in names)
        {
            await Page.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true }).CheckAsync();
        }

        await FollowAsync(Button(ConcernWords.ShareNow));
        Assert.Matches(ConcernPathPattern, Path);
        await Expect(ConcernNotice).ToContainTextAsync(SayStart("Shared with {0}. Only they can see it, and reply."));
    }

    /// <summary>On a concern: writes a reply and sends it.</summary>
    public async Task ReplyAsync(string label, string text)
    {
        await Field(label).FillAsync(text);
        await FollowAsync(Button(ConcernWords.SendReply));
        await Expect(ConcernNotice).ToHaveTextAsync(Say("Your reply was added."));
    }

    /// <summary>On a concern: chooses what was decided together and records it.</summary>
    public async Task RecordOutcomeAsync(string outcome)
    {
        await Page.GetByRole(AriaRole.Radio, new() { Name = Say(outcome), Exact = true }).CheckAsync();
        await FollowAsync(Button(ConcernWords.RecordOutcome));
        await Expect(ConcernNotice).ToHaveTextAsync(Say("The outcome was recorded."));
    }
}

/// <summary>The words of the concern and self-check pages that tests use to find things.</summary>
public static class ConcernWords
{
    public const string Concerns = "Concerns";
    public const string RaiseAConcern = "Raise a concern";
    public const string Noticed = "What I noticed";
    public const string Felt = "How it made me feel";
    public const string Need = "What I need";
    public const string SaveDraft = "Save as a private draft";
    public const string ChooseWhom = "Choose whom to share it with";
    public const string ShareNow = "Share it now";
    public const string YourReply = "Your reply";
    public const string AddToYourConcern = "Add to your concern";
    public const string SendReply = "Send the reply";
    public const string RecordOutcome = "Record the outcome";
    public const string SelfCheck = "A private self-check";
}
