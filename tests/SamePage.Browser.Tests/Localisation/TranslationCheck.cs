using System.Globalization;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Localisation;

/// <summary>
/// Every page of a two-partner flow reads in Spanish and in German. The couple goes through SamePage in
/// English; each page they reach is opened again, with their cookies, by a browser asking for English, one
/// asking for Spanish and one asking for German. In Spanish and German the page says so (its
/// <c>lang</c>), axe finds nothing and the quick exit is on screen, nothing on it may still read as in
/// English (<see cref="RenderedTexts"/> says what may), and the document as served is kept in
/// <see cref="Served"/> for the Nu HTML Checker. <see cref="Accessibility.EveryPageTests"/> runs it.
/// </summary>
public sealed class TranslationCheck(BrowserFixture app, IReadOnlyList<string> typed) : IPageCheck
{
    private static readonly (string Language, string Locale)[] Translations = [("es", BrowserFixture.LocaleFor("es")), ("de", BrowserFixture.LocaleFor("de"))];

    private static readonly string Root = RepositoryRoot.Path;

    /// <summary>The walk's views read again in Spanish and German: every kind of page on the way.</summary>
    private static readonly HashSet<string> Views = new(StringComparer.Ordinal)
    {
        "home", "sign-in", "sign-up", "help", "safety-check", "circles", "circle-new", "circle", "invite", "join-signed-out",
        "join", "circle-joined", "questionnaire-1", "answer", "review", "waiting", "comparison", "talk", "clause-suggestion",
        "agreement-draft", "signing", "agreement-signed", "agreement-version", "check-in", "check-in-waiting", "check-in-results",
        "check-in-1", "concerns", "concern-draft", "concern-shared-with-me", "circle-later", "settings", "not-found",
    };

    public string Name => "translations";

    /// <summary>The Spanish and German documents as the server sent them, for <see cref="HtmlValidator"/>.</summary>
    public ServedPages Served { get; } = new();

    public bool AppliesTo(PageVisit visit) => Views.Contains(visit.Name);

    public async Task CheckAsync(PageVisit visit, Action<string> problem)
    {
        var url = visit.Url;
        var cookies = await visit.Page.Context.StorageStateAsync();
        var english = await RenderAsync(url, cookies, "en-GB", "en", visit, problem);
        foreach (var (language, locale) in Translations)
        {
            var translated = await RenderAsync(url, cookies, locale, language, visit, problem);
            if (english is null || translated is null)
            {
                continue;
            }

            // A name of three letters ("Ada") is too short for RenderedTexts to take out of a longer piece,
            // so the name before what its owner wrote ("Ada:") is allowed as typed too.
            foreach (var piece in RenderedTexts.StillEnglish(english, translated, new RenderedTexts.Allowed(Root, language, typed.Concat(typed.Where(t => t.Length <= 3).Select(t => t + ":")))))
            {
                problem(string.Create(CultureInfo.InvariantCulture, $"{language}: still in English: {piece}"));
            }
        }
    }

    private async Task<IReadOnlySet<string>?> RenderAsync(string url, string cookies, string locale, string language, PageVisit visit, Action<string> problem)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, StorageState = cookies, ViewportSize = BrowserFixture.Desktop });
        try
        {
            await NeutralSite.ServeAsync(context);
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(url);
            Assert.True(response?.Status == visit.Status, $"{language} at {url} answered {response?.Status}, not {visit.Status}");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            if (language != "en")
            {
                Served.Step = string.Create(CultureInfo.InvariantCulture, $"{language} {visit.Name}");
                await Served.AddAsync(response!);
                await PageChecks.AssertPageIsSoundAsync(page);
            }

            return await RenderedTexts.OfAsync(page);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            problem($"{language}: {e.Message}");
            return null;
        }
        catch (PlaywrightException e)
        {
            problem($"{language}: {e.Message}");
            return null;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
