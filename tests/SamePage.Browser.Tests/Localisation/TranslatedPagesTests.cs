using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Localisation;

/// <summary>
/// The picker in the footer works without JavaScript, and two partners read the same circle each in
/// their own language. That every page of a two-partner flow reads in Spanish and in German with nothing
/// left in English is <see cref="TranslationCheck"/>, run on the walk of <see cref="Accessibility.EveryPageTests"/>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TranslatedPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task A_partner_picks_german_in_the_footer_without_javascript_and_signs_up_in_it_while_the_other_reads_english()
    {
        await using var tess = await Person.OpenAsync(app);
        await using var uma = await Person.OpenAsync(app, javaScript: false);
        await tess.SignUpAsync("tess");
        await tess.CreateCircleAsync("Tess and Uma", "Tess");
        var invite = await tess.InviteAsync();

        await uma.GoToAsync("/signup");
        await uma.Page.Locator("#footer-language").SelectOptionAsync("de");
        await uma.FollowAsync(uma.Button("Change language"));
        Assert.Equal("/signup", uma.Path);
        await Expect(uma.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(uma.Page.Locator("h1")).ToHaveTextAsync("Konto erstellen");

        await uma.Field("Benutzername").FillAsync("uma-" + Guid.NewGuid().ToString("N")[..8]);
        await uma.Field("Passphrase").FillAsync(Person.Passphrase);
        await uma.FollowAsync(uma.Button("Mein Konto erstellen"));
        await uma.Field("Ich habe meinen Wiederherstellungscode sicher aufbewahrt").CheckAsync();
        await uma.FollowAsync(uma.Button("Weiter"));
        await uma.GoToAsync(invite);
        await uma.Field("Dein Name in diesem Kreis").FillAsync("Uma");
        await uma.FollowAsync(uma.Button("Dem Kreis beitreten"));

        await Expect(uma.Page.Locator("#members")).ToContainTextAsync("Uma (du)");
        await tess.OpenCircleAsync();
        await Expect(tess.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(tess.Page.Locator("#members")).ToContainTextAsync("Tess (you)");
        await Expect(tess.Page.Locator("#members")).ToContainTextAsync("Uma");
    }
}
