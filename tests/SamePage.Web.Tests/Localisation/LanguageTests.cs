using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Localisation;

/// <summary>
/// Issue 19, item 1: each person reads SamePage in their own language: the one kept with their
/// account (and in their sign-in cookie), else the one they picked in this browser, else their
/// browser's Accept-Language, else English. Partners in one circle may read different ones.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class LanguageTests(SharedApps apps)
{
    private const string LanguageCookie = "samepage-language";

    [Theory, Providers]
    public async Task A_visitor_reads_the_browsers_language_and_english_when_it_names_none_we_speak(DatabaseProvider provider)
    {
        using var visitor = apps.For(provider).NewPerson();

        foreach (var (header, lang, skip) in new[]
        {
            ((string?)null, "en", "Skip to content"),
            ("es-MX,es;q=0.9,en;q=0.5", "es", "Saltar al contenido"),
            ("de-AT, de;q=0.8", "de", "Zum Inhalt springen"),
            ("fr-FR,fr;q=0.9", "en", "Skip to content"),
            ("xx;;q=nonsense", "en", "Skip to content"),
        })
        {
            visitor.AcceptLanguage = header;
            var home = await visitor.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Equal(lang, home.Find("html")!.GetAttribute("lang"));
            Assert.Equal(skip, home.Find(".skip-link")!.TextContent.Trim());
            Assert.NotNull(home.Find("footer form#footer-language-form select[name=Language]")); // the picker, on every page
        }
    }

    [Theory, Providers]
    public async Task The_picker_works_without_javascript_and_its_cookie_holds_only_the_language(DatabaseProvider provider)
    {
        using var visitor = apps.For(provider).NewPerson();
        visitor.AcceptLanguage = "es";
        await visitor.GetAsync("/signin");

        var chosen = await visitor.PostFormAsync("/language", ("Language", "de"), ("ReturnTo", "/signin?returnUrl=%2Fcircles"));

        Assert.Equal(HttpStatusCode.Redirect, chosen.Status);
        Assert.Equal("/signin?returnUrl=%2Fcircles", chosen.Location);
        var cookie = Assert.Single(chosen.SetCookies, c => c.StartsWith(LanguageCookie + "=", StringComparison.Ordinal));
        Assert.StartsWith($"{LanguageCookie}=c%3Dde%7Cuic%3Dde;", cookie, StringComparison.Ordinal); // nothing that tells one visitor from another
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var signIn = await visitor.GetAsync("/signin");
        Assert.Equal("de", signIn.Find("html")!.GetAttribute("lang")); // the choice beats the browser's Spanish
        Assert.Equal("de", signIn.Find("#footer-language option[selected]")!.GetAttribute("value"));
    }

    [Theory, Providers]
    public async Task Bad_choices_get_a_kind_answer_and_never_lead_away_from_samepage(DatabaseProvider provider)
    {
        using var visitor = apps.For(provider).NewPerson();

        foreach (var garbage in new[] { "fr", "<script>", new string('e', 300), string.Empty })
        {
            var refused = await visitor.PostFormAsync("/language", ("Language", garbage), ("ReturnTo", "/help"));
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.NotNull(refused.Find("#language-error"));
            Assert.DoesNotContain(refused.SetCookies, c => c.StartsWith(LanguageCookie, StringComparison.Ordinal));
        }

        foreach (var away in new[] { "https://elsewhere.example/", "//elsewhere.example", "/language" })
        {
            var chosen = await visitor.PostFormAsync("/language", ("Language", "es"), ("ReturnTo", away));
            Assert.Equal("/", chosen.Location);
        }

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/language")).Status);
    }

    [Theory, Providers]
    public async Task A_language_chosen_while_signed_in_is_kept_with_the_account_and_partners_keep_their_own(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var alder = circle[0];
        var birch = circle[1];
        birch.AcceptLanguage = "en-GB";

        var chosen = await alder.PostFormAsync("/language", ("Language", "es"), ("ReturnTo", "/account#language"));
        Assert.Equal("/account#language", chosen.Location);
        Assert.Contains(chosen.SetCookies, c => c.StartsWith("samepage=", StringComparison.Ordinal)); // the sign-in cookie carries it now

        await using (var db = Databases.Open(app))
        {
            var languages = await db.Users.Where(u => u.UserName == alder.Username || u.UserName == birch.Username)
                .ToDictionaryAsync(u => u.UserName!, u => u.Language);
            Assert.Equal("es", languages[alder.Username]);
            Assert.Null(languages[birch.Username]);
        }

        var home = Paths.Circle(circle.Circle);
        Assert.Equal("es", (await alder.GetAsync(home)).Find("html")!.GetAttribute("lang"));
        Assert.Equal("en", (await birch.GetAsync(home)).Find("html")!.GetAttribute("lang"));

        // On another device, with a German browser and no language cookie: the account's choice wins once signed in.
        using var elsewhere = app.NewPerson();
        elsewhere.AcceptLanguage = "de-DE";
        Assert.Equal("de", (await elsewhere.GetAsync("/signin")).Find("html")!.GetAttribute("lang"));
        var signedIn = await elsewhere.SignInAsync(alder.Username, alder.Passphrase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var settings = await elsewhere.GetAsync("/account");
        Assert.Equal("es", settings.Find("html")!.GetAttribute("lang"));
        Assert.Contains("español", settings.Find("#language-state")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_visitor_who_picked_a_language_keeps_it_when_they_sign_up(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var picked = app.NewPerson();
        using var followed = app.NewPerson();
        followed.AcceptLanguage = "de";
        await picked.PostFormAsync("/language", ("Language", "de"), ("ReturnTo", "/signup"));

        await picked.SignUpAsync(Names.Username(), Names.Passphrase());
        await followed.SignUpAsync(Names.Username(), Names.Passphrase());

        await using var db = Databases.Open(app);
        Assert.Equal("de", await db.Users.Where(u => u.UserName == picked.Username).Select(u => u.Language).SingleAsync());
        Assert.Null(await db.Users.Where(u => u.UserName == followed.Username).Select(u => u.Language).SingleAsync()); // still follows the browser
    }

    [Theory, Providers]
    public async Task Dates_and_numbers_show_in_the_readers_language(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var invite = await circle[0].PostFormAsync(Paths.Invite(circle.Circle));
        var expires = DateTime.UtcNow.AddDays(7);

        circle[1].AcceptLanguage = "de";
        await circle[1].PostFormAsync("/language", ("Language", "de"), ("ReturnTo", "/"));
        var german = await circle[1].PostFormAsync(Paths.Invite(circle.Circle));

        var english = invite.Find("#invite-expiry")!.TextContent;
        var deutsch = german.Find("#invite-expiry")!.TextContent;
        Assert.Contains(expires.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), english, StringComparison.Ordinal);
        Assert.Contains(expires.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("de")), deutsch, StringComparison.Ordinal);
    }
}
