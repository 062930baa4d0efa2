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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
