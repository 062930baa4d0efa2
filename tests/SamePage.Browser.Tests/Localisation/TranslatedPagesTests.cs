using System.Globalization;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Localisation;

/// <summary>
/// Issue 19, item 2: every page of a two-partner flow reads in Spanish and in German. The couple goes
/// through SamePage in English; every page they reach is opened again, with their cookies, by a
/// browser asking for Spanish and one asking for German, and nothing on it may still read as in
/// English (<see cref="RenderedTexts"/> says what may). Item 1: the picker in the footer works
/// without JavaScript, and two partners read the same circle each in their own language.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TranslatedPagesTests(BrowserFixture app)
{
    private static readonly (string Language, string Locale)[] Translations = [("es", BrowserFixture.LocaleFor("es")), ("de", BrowserFixture.LocaleFor("de"))];

    private static readonly string Root = RepositoryRoot.Path;

    private readonly List<string> _typed = ["Tess", "Uma", "Tess and Uma"];

    private readonly List<string> _problems = [];

    [Fact]
    public async Task Every_page_of_a_two_partner_flow_reads_in_spanish_and_in_german_with_nothing_left_in_english()
    {
        await using var tess = await Person.OpenAsync(app);
        await using var uma = await Person.OpenAsync(app);
        string[] clause = ["We tell each other before we meet an ex, and we say how it went."];
        string[] texts = ["Thank you for Sunday.", "Our summer plans", "I loved the walk.", "Chores",
            "You were on your phone all through dinner.", "A bit lonely.", "A phone-free dinner once a week.", "I didn't notice; let's try it."];
        _typed.AddRange([.. clause, .. texts]);

        foreach (var path in new[] { "/", "/signup", "/signin", "/help", "/safety-check" })
        {
            await tess.GoToAsync(path);
            await SeeInEveryLanguageAsync(tess, path);
        }

        await tess.SignUpAsync("tess");
        await uma.SignUpAsync("uma");
        _typed.AddRange([tess.Username, uma.Username]);
        await SeeInEveryLanguageAsync(tess, "circles");
        await tess.GoToAsync("/circles/new");
        await SeeInEveryLanguageAsync(tess, "new circle");
        await tess.CreateCircleAsync("Tess and Uma", "Tess");
        await SeeInEveryLanguageAsync(tess, "circle, alone");
        var invite = await tess.InviteAsync();
        await tess.GoToAsync(tess.CirclePath + "/invite");
        await SeeInEveryLanguageAsync(tess, "invite");
        await uma.GoToAsync(invite);
        await SeeInEveryLanguageAsync(uma, "join");
        await uma.JoinHereAsync("Uma");
        await SeeInEveryLanguageAsync(uma, "circle");

        await tess.StartAnsweringAsync();
        await SeeInEveryLanguageAsync(tess, "questionnaire");
        await tess.AnswerAllAsync(b => b.Length % 3 == 0 ? Stance.TellMe : Stance.Fine);
        await SeeInEveryLanguageAsync(tess, "review");
        await tess.SubmitAsync();
        await SeeInEveryLanguageAsync(tess, "waiting");
        await uma.AnswerAllAsync(b => (b.Sum(c => c) % 4) switch { 0 => Stance.Fine, 1 => Stance.AskFirst, 2 => Stance.Hurts, _ => Stance.Betrayal });
        await uma.SubmitAsync();

        await tess.OpenComparisonAsync();
        await SeeInEveryLanguageAsync(tess, "comparison");
        var comparison = new ComparisonView(tess.Page);
        var hotSpot = await comparison.ItemsOf("HotSpot").First.GetAttributeAsync("data-behaviour");
        await tess.FollowAsync(comparison.TalkItThrough);
        await SeeInEveryLanguageAsync(tess, "talk");
        await tess.OpenComparisonAsync();
        await tess.AddToAgreementFromComparisonAsync(hotSpot!);
        await SeeInEveryLanguageAsync(tess, "clause suggestion");
        await tess.RewordClauseAsync(clause[0]);
        await SeeInEveryLanguageAsync(tess, "agreement draft");
        await tess.ProposeDraftAsync();
        await SeeInEveryLanguageAsync(tess, "version");

        await tess.StartCheckInFromHomeAsync();
        await SeeInEveryLanguageAsync(tess, "check-in");
        await tess.AnswerCheckInAsync(Scores(5), appreciation: texts[0], topics: texts[1]);
        await tess.SubmitCheckInAsync();
        await SeeInEveryLanguageAsync(tess, "check-in, waiting");
        await uma.OpenCheckInFromHomeAsync(1);
        await uma.AnswerCheckInAsync(Scores(2), appreciation: texts[2], topics: texts[3]);
        await uma.SubmitCheckInAsync();
        await SeeInEveryLanguageAsync(uma, "check-in results");

        await uma.OpenConcernsAsync();
        await SeeInEveryLanguageAsync(uma, "concerns");
        await uma.DraftConcernAsync(texts[4], texts[5], texts[6]);
        await SeeInEveryLanguageAsync(uma, "concern draft");
        await uma.ShareConcernWithAsync("Tess");
        await tess.GoToAsync(uma.Path);
        await SeeInEveryLanguageAsync(tess, "concern shared with me");
        await tess.ReplyAsync(ConcernWords.YourReply, texts[7]);
        await tess.OpenCircleAsync();
        await SeeInEveryLanguageAsync(tess, "circle, later");
        await tess.GoToAsync("/account");
        await SeeInEveryLanguageAsync(tess, "settings");

        Assert.True(_problems.Count == 0, "Still in English:\n" + string.Join('\n', _problems));
    }

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

    private static Dictionary<string, int> Scores(int score) =>
        SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, _ => score);

    /// <summary>The page the person is on, opened again in English, Spanish and German with their cookies.</summary>
    private async Task SeeInEveryLanguageAsync(Person person, string name)
    {
        var url = person.Page.Url;
        var cookies = await person.Page.Context.StorageStateAsync();
        var english = await RenderAsync(url, cookies, "en-GB", "en", name);
        foreach (var (language, locale) in Translations)
        {
            var translated = await RenderAsync(url, cookies, locale, language, name);
            foreach (var piece in RenderedTexts.StillEnglish(english, translated, new RenderedTexts.Allowed(Root, language, _typed)))
            {
                _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{language} {name}: {piece}"));
            }
        }
    }

    private async Task<IReadOnlySet<string>> RenderAsync(string url, string cookies, string locale, string language, string name)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, StorageState = cookies, ViewportSize = BrowserFixture.Desktop });
        try
        {
            await NeutralSite.ServeAsync(context);
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok == true, $"{name} ({language}) at {url} answered {response?.Status}");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            return await RenderedTexts.OfAsync(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
