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
}
