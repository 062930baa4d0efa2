using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>The private journal of a round, and the Shared reflections page after the reveal.</summary>
public sealed partial class Person
{
    /// <summary>The saved-notice, the "who can see this" card, and the sharing checkboxes of the journal page.</summary>
    public ILocator JournalSaved => Page.Locator("#saved-notice");

    public ILocator WhoCanSee => Page.Locator("#who-can-see");

    public ILocator ShareChoices => Main.GetByRole(AriaRole.Checkbox, new() { Name = JournalWords.Share, Exact = true });

    /// <summary>One prompt of the journal: its titled region (question, answer box, who can see it, sharing choice).</summary>
    public ILocator Prompt(string title) => Main.GetByRole(AriaRole.Region, new() { Name = title, Exact = true });

    /// <summary>On the journal page: fills the answer boxes by their questions, presses Save, and lands on the saved journal.</summary>
    public async Task WriteJournalAsync(IReadOnlyDictionary<string, string> answersByQuestion)
    {
        Assert.EndsWith("/journal", Path, StringComparison.Ordinal);
        foreach (var (question, text) in answersByQuestion)
        {
            await Field(question).FillAsync(text);
        }

        await FollowAsync(Button("Save"));
        Assert.EndsWith("/journal", Path, StringComparison.Ordinal);
        await Assertions.Expect(JournalSaved).ToBeVisibleAsync();
    }

    /// <summary>On the journal page after the reveal: ticks "Share this answer with the circle" for one prompt and saves.</summary>
    public async Task ShareAnswerAsync(string promptTitle)
    {
        await Prompt(promptTitle).GetByRole(AriaRole.Checkbox, new() { Name = JournalWords.Share, Exact = true }).CheckAsync();
        await FollowAsync(Button("Save"));
        await Assertions.Expect(JournalSaved).ToBeVisibleAsync();
    }

    /// <summary>The small status under one prompt's answer box ("Saved privately.") that autosave fills in.</summary>
    public ILocator JournalSaveStatus(string promptTitle) => Prompt(promptTitle).Locator("[data-save-status]");

    /// <summary>The same person opens a SamePage path in another tab of their browser (checked like every page); that tab is returned.</summary>
    public async Task<IPage> OpenAnotherTabAsync(string path)
    {
        var tab = await _context.NewPageAsync();
        await tab.GotoAsync(new Uri(_app.BaseAddress, path).ToString());
        await PageChecks.AssertPageIsSoundAsync(tab);
        return tab;
    }

    /// <summary>On Shared reflections: the answers others share, each a list item with the sharer's name and text.</summary>
    public ILocator SharedReflections => Main.Locator("ul.reflections > li");
}

/// <summary>The words of the journal page (the prompts' titles and questions, the sharing choice).</summary>
public static class JournalWords
{
    public const string PastBetrayalsTitle = "Times something felt like a betrayal";
    public const string FeelingSecureTitle = "What helps me feel secure";
    public const string WantYouToKnowTitle = "What I want my partner(s) to know";

    public const string PastBetrayals = "Think of a time, in a romantic relationship or a friendship, when something felt like a betrayal. What happened, and why did it hurt?";
    public const string FeelingSecure = "What helps you feel safe, close and secure with a partner?";
    public const string WantYouToKnow = "What would you like your partner(s) to know about you, your needs or your answers?";

    public const string Share = "Share this answer with the circle";
}
