using System.Globalization;
using Microsoft.Extensions.Configuration;
using SamePage.Core.Catalogue;
using SamePage.Core.Safety;
using SamePage.Web.Content;

namespace SamePage.Web.Tests.Content;

/// <summary>Issue 19, item 3: the content library gives each reader the content of their language, English when SamePage has none.</summary>
public sealed class LocaleContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-locales-").FullName;

    private static ContentLibrary Shipped()
    {
        var library = new ContentLibrary(new ConfigurationBuilder().Build());
        library.Load();
        return library;
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("de-AT", "de")]
    [InlineData("de", "de")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", "en")]
    public void A_reader_gets_their_language_or_english(string culture, string locale)
    {
        Assert.Equal(locale, Shipped().For(new CultureInfo(culture)).Locale);
    }

    [Fact]
    public void Spanish_and_German_share_the_english_ids_with_their_own_words_and_rules()
    {
        var library = Shipped();
        var english = library.For(CultureInfo.InvariantCulture);
        Assert.Equal("en", english.Locale);
        Assert.Same(library.Catalogue, english.Catalogue);

        foreach (var (locale, clause) in new[] { ("es", "No quiero que veas a tus amigas sin mí."), ("de", "Du triffst deine Freunde nicht mehr ohne mich.") })
        {
            var content = library.For(locale);
            Assert.Empty(LocaleConsistency.Compare(library.Catalogue, content.Catalogue, locale));
            Assert.NotEqual(library.Catalogue.Find("meets-ex-alone")!.Label, content.Catalogue.Find("meets-ex-alone")!.Label);
            Assert.Equal(library.Guides.Guides.Count, content.Guides.Guides.Count);
            Assert.Equal(library.Styles.Items.Select(i => i.Id), content.Styles.Items.Select(i => i.Id));
            Assert.Contains(ControlKind.Isolation, content.Screener.ScreenRules(clause).Kinds);
            Assert.False(library.Screener.ScreenRules(clause).Flagged);
            Assert.Same(content, library.For(locale));
        }
    }

    [Fact]
    public void A_content_folder_with_english_only_gives_english_to_every_reader()
    {
        var own = Path.Combine(_folder, "content");
        Directory.CreateDirectory(Path.Combine(own, "en"));
        foreach (var file in new[] { "behaviours.yaml", "guides.yaml" })
        {
            File.Copy(Path.Combine(ContentLibrary.ShippedDirectory, "en", file), Path.Combine(own, "en", file));
        }

        var library = new ContentLibrary(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SamePage:ContentDirectory"] = own }).Build());
        library.Load();
        Assert.Equal("en", library.For(new CultureInfo("es")).Locale);
    }

    [Fact]
    public void A_translation_that_drops_an_id_stops_start_up_naming_it()
    {
        var own = Path.Combine(_folder, "content");
        foreach (var locale in new[] { "en", "es" })
        {
            Directory.CreateDirectory(Path.Combine(own, locale));
            foreach (var file in new[] { "behaviours.yaml", "guides.yaml", "styles.yaml" })
            {
                File.Copy(Path.Combine(ContentLibrary.ShippedDirectory, locale, file), Path.Combine(own, locale, file));
            }
        }

        var spanish = Path.Combine(own, "es", "behaviours.yaml");
        var text = File.ReadAllText(spanish);
        var start = text.IndexOf("  - id: holds-hands", StringComparison.Ordinal);
        var end = text.IndexOf("  - id: massage-with-someone-else", StringComparison.Ordinal);
        File.WriteAllText(spanish, text.Remove(start, end - start));

        var library = new ContentLibrary(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SamePage:ContentDirectory"] = own }).Build());
        var error = Assert.Throws<CatalogueException>(() => library.Load());
        Assert.Contains("es: the behaviour 'holds-hands' is missing.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>English is built once at load, like every other language: each reader of it gets the same content.</summary>
    [Fact]
    public void English_is_built_once_for_every_reader_of_it()
    {
        var library = Shipped();
        var english = library.For("en");
        Assert.Same(english, library.For("fr"));
        Assert.Same(english, library.For(new CultureInfo("en-GB")));
        Assert.Same(english, library.For((string?)null));
        Assert.Same(english.Screener, library.Screener);
    }

    /// <summary>The sample partner of a demo speaks the reader's language, answering the same in each.</summary>
    [Fact]
    public void The_demo_speaks_the_readers_language_with_the_same_answers()
    {
        var library = Shipped();
        var english = library.For("en").Demo!;
        Assert.Equal("Robin (sample)", english.PartnerName);
        foreach (var (culture, name) in new[] { ("es-MX", "Robin (de ejemplo)"), ("de-CH", "Robin (Beispiel)"), ("en-US", "Robin (sample)"), ("fr-FR", "Robin (sample)") })
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                var demo = library.Demo!;
                Assert.Equal(name, demo.PartnerName);
                Assert.Same(library.For(new CultureInfo(culture)).Demo, demo);
                Assert.Equal(english.AnswersFor(library.Catalogue), demo.AnswersFor(library.Catalogue));
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    [Fact]
    public void A_translated_demo_that_answers_otherwise_stops_start_up_naming_it()
    {
        var own = Path.Combine(_folder, "content");
        foreach (var locale in new[] { "en", "de" })
        {
            Directory.CreateDirectory(Path.Combine(own, locale));
            foreach (var file in new[] { "behaviours.yaml", "guides.yaml", "styles.yaml", "demo.yaml" })
            {
                File.Copy(Path.Combine(ContentLibrary.ShippedDirectory, locale, file), Path.Combine(own, locale, file));
            }
        }

        var german = Path.Combine(own, "de", "demo.yaml");
        File.WriteAllText(german, File.ReadAllText(german).Replace("    holds-hands: hurts", "    holds-hands: fine", StringComparison.Ordinal));

        var library = new ContentLibrary(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SamePage:ContentDirectory"] = own }).Build());
        var error = Assert.Throws<CatalogueException>(() => library.Load());
        Assert.Contains("de: demo.yaml's behaviour answer for 'holds-hands' is 'Fine', not 'Hurts'.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A language without its own demo.yaml has the English sample partner.</summary>
    [Fact]
    public void A_language_without_its_own_demo_has_the_english_one()
    {
        var own = Path.Combine(_folder, "content");
        foreach (var locale in new[] { "en", "es" })
        {
            Directory.CreateDirectory(Path.Combine(own, locale));
            foreach (var file in new[] { "behaviours.yaml", "guides.yaml", "styles.yaml" })
            {
                File.Copy(Path.Combine(ContentLibrary.ShippedDirectory, locale, file), Path.Combine(own, locale, file));
            }
        }

        File.Copy(Path.Combine(ContentLibrary.ShippedDirectory, "en", "demo.yaml"), Path.Combine(own, "en", "demo.yaml"));
        var library = new ContentLibrary(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SamePage:ContentDirectory"] = own }).Build());
        library.Load();
        Assert.Equal("es", library.For("es").Locale);
        Assert.Same(library.For("en").Demo, library.For("es").Demo);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
