using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

[Collection(BrowserTests.Name)]
public sealed class JournalTests(BrowserFixture app)
{
    private static Dictionary<string, string> JournalOf(string name) => new()
    {
        [JournalWords.PastBetrayals] = $"{name}: a close friend once repeated something I had told them in confidence.",
        [JournalWords.FeelingSecure] = $"{name}: hearing from you when plans change,\nand being asked rather than told.",
        [JournalWords.WantYouToKnow] = $"{name}: I answered 'not sure' where I need more time to think.",
    };

    [Fact]
    public async Task Two_partners_keep_private_journals_and_after_the_reveal_the_one_answer_shared_is_all_the_other_reads()
    {
        await using var alex = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark); // every page checked in dark mode
        await using var bea = await Person.OpenAsync(app, viewport: BrowserFixture.Phone); // and on a phone
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("Our journals", "Alex");
        var invite = await alex.InviteAsync();
        await bea.SignUpAsync("bea");
        await bea.JoinAsync(invite, "Bea");

        // Each writes a journal from the questionnaire, alone; nothing can be shared yet.
        foreach (var (person, name) in new[] { (alex, "Alex"), (bea, "Bea") })
        {
            await person.StartAnsweringAsync();
            await person.FollowAsync(person.Link("Your private journal for this round"));
            await Expect(person.WhoCanSee).ToContainTextAsync("Only you can read your journal");
            await Expect(person.ShareChoices).ToHaveCountAsync(0);
            await person.WriteJournalAsync(JournalOf(name));
            await Expect(person.Field(JournalWords.FeelingSecure)).ToHaveValueAsync(JournalOf(name)[JournalWords.FeelingSecure]);
        }

        await Task.WhenAll(alex.AnswerAllAsync(_ => Stance.TellMe), bea.AnswerAllAsync(_ => Stance.AskFirst));
        await alex.SubmitAsync();
        await bea.SubmitAsync();

        // After the reveal, Alex shares one answer, from the comparison page's link to the journal.
        await alex.OpenComparisonAsync();
        await alex.FollowAsync(alex.Link("Your private journal"));
        await Expect(alex.ShareChoices).ToHaveCountAsync(3);
        await Expect(alex.WhoCanSee).ToContainTextAsync("(Bea)");
        await alex.ShareAnswerAsync(JournalWords.FeelingSecureTitle);
        await Expect(alex.Prompt(JournalWords.FeelingSecureTitle).Locator(".visibility")).ToHaveTextAsync("Shared: Bea can read this answer on Shared reflections.");
        await Expect(alex.Prompt(JournalWords.PastBetrayalsTitle).Locator(".visibility")).ToHaveTextAsync("Private: only you can see this answer.");

        // Bea reads exactly that answer, under Alex's name, and nothing else of Alex's journal.
        await bea.OpenComparisonAsync();
        await bea.FollowAsync(bea.Link("Shared reflections"));
        await Expect(bea.SharedReflections).ToHaveCountAsync(1);
        var shared = bea.Main.GetByRole(AriaRole.Region, new() { Name = JournalWords.FeelingSecureTitle, Exact = true });
        await Expect(shared.Locator("li h3")).ToHaveTextAsync("Alex");
        await Expect(shared.Locator(".reflection-text")).ToHaveTextAsync(JournalOf("Alex")[JournalWords.FeelingSecure]);
        await Expect(bea.Main).Not.ToContainTextAsync(JournalOf("Alex")[JournalWords.PastBetrayals]);
        await Expect(bea.Main).Not.ToContainTextAsync(JournalOf("Alex")[JournalWords.WantYouToKnow]);
        await Expect(bea.Page.Locator("#what-you-share")).ToContainTextAsync("You aren't sharing anything");
    }

    [Fact]
    public async Task Journal_writing_saves_itself_and_a_tab_left_open_from_before_never_overwrites_it()
    {
        await using var kim = await Person.OpenAsync(app, viewport: QuestionnaireLayoutTests.Phone);
        await kim.SignUpAsync("kim");
        await kim.CreateCircleAsync("Notes to self", "Kim");
        await kim.StartAnsweringAsync();
        await kim.FollowAsync(kim.Link("Your private journal for this round"));
        var journal = kim.Path;
        var oldTab = await kim.OpenAnotherTabAsync(journal);

        // Typing is enough: a moment later it is saved, and each further change too.
        await kim.Field(JournalWords.FeelingSecure).FillAsync("Hearing from you when plans change.");
        await Expect(kim.JournalSaveStatus(JournalWords.FeelingSecureTitle)).ToHaveTextAsync("Saved privately.");
        await kim.Field(JournalWords.FeelingSecure).FillAsync("Hearing from you when plans change,\nand being asked.");
        await Expect(kim.JournalSaveStatus(JournalWords.FeelingSecureTitle)).ToHaveTextAsync("Saved privately.");
        await kim.Page.ReloadAsync();
        await kim.CheckPageAsync();
        await Expect(kim.Field(JournalWords.FeelingSecure)).ToHaveValueAsync("Hearing from you when plans change,\nand being asked.");
        await QuestionnaireLayoutTests.ScreenshotAsync(kim.Page, "journal-390-light");

        // The tab opened before still shows the empty box: what it types is refused, and says why.
        var stale = oldTab.GetByLabel(JournalWords.FeelingSecure, new() { Exact = true });
        await stale.FillAsync("Words from the old tab.");
        await Expect(oldTab.GetByRole(AriaRole.Region, new() { Name = JournalWords.FeelingSecureTitle, Exact = true }).Locator("[data-save-status]"))
            .ToHaveTextAsync("Not saved: this answer was changed in another tab. Press Save to see both versions.");
        await kim.Page.ReloadAsync();
        await Expect(kim.Field(JournalWords.FeelingSecure)).ToHaveValueAsync("Hearing from you when plans change,\nand being asked.");

        // Its Save shows both versions, as before, and keeps the old tab's words in the box.
#pragma warning disable CS0612 // as in Person.FollowAsync: the form posts back to the same address
        await oldTab.RunAndWaitForNavigationAsync(() => oldTab.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync());
#pragma warning restore CS0612
        await PageChecks.AssertPageIsSoundAsync(oldTab);
        await Expect(oldTab.Locator("[data-saved-meanwhile]")).ToHaveTextAsync("Hearing from you when plans change,\nand being asked.");
        await Expect(stale).ToHaveValueAsync("Words from the old tab.");
        await QuestionnaireLayoutTests.ScreenshotAsync(oldTab, "journal-conflict-390-light");
    }
}
