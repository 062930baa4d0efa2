using Microsoft.Playwright;
using SamePage.Browser.Tests.Rounds;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.SoundingBoards;

[Collection(BrowserTests.Name)]
public sealed class SoundingBoardTests(BrowserFixture app)
{
    private const string Secure = "A message when plans change, and being asked rather than told.";
    private const string KnowAbout = "I answered 'not sure' where I need more time to think.";
    private const string Betrayal = "A friend once repeated something I had told them in confidence.";

    [Fact]
    public async Task A_link_from_the_journal_shows_a_supporter_just_what_was_chosen_until_it_is_revoked()
    {
        await using var robin = await Person.OpenAsync(app);
        await robin.SignUpAsync("robin");
        await robin.CreateCircleAsync("Our circle", "Robin");
        await robin.StartAnsweringAsync();
        await robin.FollowAsync(robin.Link("Your private journal for this round"));
        await robin.WriteJournalAsync(new Dictionary<string, string>
        {
            [JournalWords.PastBetrayals] = Betrayal,
            [JournalWords.FeelingSecure] = Secure,
            [JournalWords.WantYouToKnow] = KnowAbout,
        });

        // From the journal: choose two answers, a name only Robin sees, one day, the default five opens.
        await robin.FollowAsync(robin.Link("Make a private link"));
        await robin.Page.GetByRole(AriaRole.Checkbox, new() { Name = $"Our circle, round 1: {JournalWords.FeelingSecureTitle}", Exact = true }).CheckAsync();
        await robin.Page.GetByRole(AriaRole.Checkbox, new() { Name = $"Our circle, round 1: {JournalWords.WantYouToKnowTitle}", Exact = true }).CheckAsync();
        await robin.Field("A name for this link (optional)").FillAsync("For my friend Sasha");
        await robin.Field("How long it lasts").SelectOptionAsync(new SelectOptionValue { Label = "1 day" });
        await Expect(robin.Field("How many times it can be opened")).ToHaveValueAsync("5");
        await robin.FollowAsync(robin.Button("Make the link"));
        var link = await robin.Field("Private link").InputValueAsync();
        Assert.Contains("/s?code=", link, StringComparison.Ordinal);

        // Sasha, on a phone, with no account and nothing of Robin's in their browser.
        await using var sasha = await Person.OpenAsync(app, viewport: BrowserFixture.Phone, colorScheme: ColorScheme.Dark);
        await sasha.GoToAsync(link);
        await Expect(sasha.Main).ToContainTextAsync("Someone you know chose to share these reflections with you");
        await Expect(sasha.Main).Not.ToContainTextAsync(Secure);
        await sasha.FollowAsync(sasha.Button("Read them now"));
        await Expect(sasha.Main.Locator("#shared-pieces > li")).ToHaveCountAsync(2);
        await Expect(sasha.Main).ToContainTextAsync(Secure);
        await Expect(sasha.Main).ToContainTextAsync(KnowAbout);
        await Expect(sasha.Main).Not.ToContainTextAsync(Betrayal);
        await Expect(sasha.Main).Not.ToContainTextAsync("Robin");
        await Expect(sasha.Main).Not.ToContainTextAsync("For my friend Sasha");
        await sasha.Field("Your note").FillAsync("Thank you for trusting me with this. Call me any time.");
        await sasha.FollowAsync(sasha.Button("Send the note"));
        await Expect(sasha.Main).ToContainTextAsync("Your note was sent");

        // Robin's list: the name, what it shows, one open, the note back; then Robin ends it.
        await robin.GoToAsync("/account");
        await robin.FollowAsync(robin.Link("Your sharing links"));
        var card = robin.Main.Locator("[data-link]");
        await Expect(card).ToContainTextAsync("For my friend Sasha");
        await Expect(card).ToContainTextAsync("Opened 1 of 5 times");
        await Expect(card).ToContainTextAsync("Last opened in the hour from");
        await Expect(card).ToContainTextAsync("Thank you for trusting me with this.");
        await robin.FollowAsync(robin.Button("End this link now"));
        await Expect(robin.Main.Locator("#revoked-notice")).ToBeVisibleAsync();
        await Expect(robin.Main.Locator("#no-links")).ToBeVisibleAsync();

        await sasha.GoToAsync(link);
        await Expect(sasha.Main).ToContainTextAsync("This link has ended");
        await Expect(sasha.Main).Not.ToContainTextAsync(Secure);
    }

    [Fact]
    public async Task Making_and_reading_a_link_works_without_javascript()
    {
        await using var kai = await Person.OpenAsync(app, javaScript: false, viewport: BrowserFixture.Phone);
        await kai.SignUpAsync("kai");
        await kai.CreateCircleAsync("Just us", "Kai");
        await kai.StartAnsweringAsync();
        await kai.FollowAsync(kai.Link("Your private journal for this round"));
        await kai.WriteJournalAsync(new Dictionary<string, string> { [JournalWords.FeelingSecure] = Secure });
        await kai.FollowAsync(kai.Link("Make a private link"));

        await kai.FollowAsync(kai.Button("Make the link")); // nothing chosen: a kind error, no link
        await Expect(kai.Main.Locator("#link-error")).ToContainTextAsync("Choose at least one answer to share.");
        await kai.Page.GetByRole(AriaRole.Checkbox, new() { Name = $"Just us, round 1: {JournalWords.FeelingSecureTitle}", Exact = true }).CheckAsync();
        await kai.FollowAsync(kai.Button("Make the link"));
        var link = await kai.Field("Private link").InputValueAsync();

        await using var friend = await Person.OpenAsync(app, javaScript: false);
        await friend.GoToAsync(link);
        await friend.FollowAsync(friend.Button("Read them now"));
        await Expect(friend.Main).ToContainTextAsync(Secure);
    }
}
