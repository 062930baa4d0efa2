using SamePage.Browser.Tests.Support;
using SamePage.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accounts;

/// <summary>
/// Issue 7: someone who wrote things before user-held keys comes back. Their old session asks them to
/// sign in again; signing in gives them their own keys and a new recovery code, shown once; what they
/// wrote reads as before.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class UpgradeTests(BrowserFixture app)
{
    [Fact]
    public async Task Someone_back_after_the_upgrade_signs_in_saves_a_new_recovery_code_and_finds_their_journal()
    {
        var secret = $"Written before {Guid.NewGuid():N}"[..30];
        await using var robin = await Person.OpenAsync(app);
        await robin.SignUpAsync("robin");
        await robin.CreateCircleAsync("Us", "Robin");
        var journal = $"{robin.CirclePath}/rounds/1/journal";
        await robin.GoToAsync(journal);
        await robin.WriteJournalAsync(new Dictionary<string, string> { [JournalWords.PastBetrayals] = secret });
        var oldCode = robin.RecoveryCode;

        // The data as a release before user-held keys stored it.
        await LegacyData.DowngradeAsync(app.Server.Services, [(robin.Username, Person.Passphrase)]);

        await robin.GoToAsync(journal);
        Assert.Equal("/signin", robin.Path);
        await robin.Field("Username").FillAsync(robin.Username);
        await robin.Field("Passphrase").FillAsync(Person.Passphrase);
        await robin.FollowAsync(robin.Button("Sign in"));

        await Expect(robin.Page.Locator("h1")).ToHaveTextAsync("Your new recovery code");
        var newCode = (await robin.Page.Locator("[data-recovery-code]").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5})+$", newCode);
        Assert.NotEqual(oldCode, newCode);
        await robin.SaveRecoveryCodeAsync();
        Assert.Equal(journal, robin.Path);
        await Expect(robin.Field(JournalWords.PastBetrayals)).ToHaveValueAsync(secret);
    }
}
