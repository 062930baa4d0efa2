using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accounts;

/// <summary>Issue 7: a new passphrase unlocks the same writing; the old one no longer signs in.</summary>
[Collection(BrowserTests.Name)]
public sealed class PassphraseTests(BrowserFixture app)
{
    private const string NewPassphrase = "copper kettle meadow lantern";

    [Fact]
    public async Task Someone_changes_their_passphrase_and_finds_their_journal_behind_the_new_one()
    {
        var secret = $"Only mine {Guid.NewGuid():N}"[..30];
        await using var sam = await Person.OpenAsync(app);
        await sam.SignUpAsync("sam");
        await sam.CreateCircleAsync("Us", "Sam");
        var journal = $"{sam.CirclePath}/rounds/1/journal";
        await sam.GoToAsync(journal);
        await sam.WriteJournalAsync(new Dictionary<string, string> { [JournalWords.PastBetrayals] = secret });

        await sam.GoToAsync("/account");
        await sam.FollowAsync(sam.Link("Change your passphrase"));
        Assert.Equal("/account/passphrase", sam.Path);

        // A mistyped current passphrase changes nothing and keeps the new one typed.
        await sam.Field("Current passphrase").FillAsync("not quite my passphrase");
        await sam.Field("New passphrase").FillAsync(NewPassphrase);
        await sam.FollowAsync(sam.Button("Change passphrase"));
        await Expect(sam.Page.Locator("#current-error")).ToContainTextAsync("isn't your current passphrase");
        await Expect(sam.Field("New passphrase")).ToHaveValueAsync(NewPassphrase);

        await sam.Field("Current passphrase").FillAsync(Person.Passphrase);
        await sam.FollowAsync(sam.Button("Change passphrase"));
        await Expect(sam.Page.Locator("#passphrase-notice")).ToContainTextAsync("Everything you wrote is still here");

        // Signed out, the old passphrase is refused and the new one opens the same journal.
        await sam.FollowAsync(sam.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign out", Exact = true }));
        await sam.GoToAsync("/signin");
        await sam.Field("Username").FillAsync(sam.Username);
        await sam.Field("Passphrase").FillAsync(Person.Passphrase);
        await sam.FollowAsync(sam.Button("Sign in"));
        await Expect(sam.Page.Locator("#signin-error")).ToBeVisibleAsync();
        await sam.Field("Username").FillAsync(sam.Username);
        await sam.Field("Passphrase").FillAsync(NewPassphrase);
        await sam.FollowAsync(sam.Button("Sign in"));
        await sam.GoToAsync(journal);
        await Expect(sam.Field(JournalWords.PastBetrayals)).ToHaveValueAsync(secret);
    }
}
