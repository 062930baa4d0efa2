using SamePage.Core.Catalogue;
using SamePage.Core.Demo;
using SamePage.Core.Stances;
using SamePage.Core.Styles;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Catalogue;

public class LocaleConsistencyTests
{
    private static BehaviourCatalogue Parse(string behaviours, string categories = "  - { id: solo, title: Solo, description: Alone. }\n  - { id: exes, title: Exes, description: Before. }") =>
        CatalogueParser.Parse($"categories:\n{categories}\nbehaviours:\n{behaviours}", "test.yaml");

    private const string Reference = """
          - { id: porn, category: solo, label: Watches porn, clarification: Any kind. }
          - { id: ex-contact, category: exes, label: Stays in touch with an ex, clarification: Now and then. }
        """;

    [Fact]
    public void A_faithful_translation_has_no_problems()
    {
        var translation = Parse("""
              - { id: porn, category: solo, label: Regarde du porno, clarification: De tout genre. }
              - { id: ex-contact, category: exes, label: Garde contact avec un ex, clarification: De temps en temps. }
            """);
        Assert.Empty(LocaleConsistency.Compare(Parse(Reference), translation, "fr"));
    }

    [Fact]
    public void A_missing_id_is_named()
    {
        var translation = Parse("  - { id: porn, category: solo, label: Regarde du porno, clarification: De tout genre. }\n  - { id: other, category: exes, label: Autre, clarification: Autre. }");
        var problems = LocaleConsistency.Compare(Parse(Reference), translation, "fr");
        Assert.Contains("fr: the behaviour 'ex-contact' is missing.", problems);
        Assert.Contains("fr: the behaviour 'other' is not in the reference catalogue.", problems);
    }

    [Fact]
    public void A_behaviour_moved_to_another_category_is_named()
    {
        var translation = Parse("""
              - { id: porn, category: exes, label: Regarde du porno, clarification: De tout genre. }
              - { id: ex-contact, category: solo, label: Garde contact, clarification: Parfois. }
            """);
        var problems = LocaleConsistency.Compare(Parse(Reference), translation, "fr");
        Assert.Contains("fr: the behaviour 'porn' is in 'exes', not 'solo'.", problems);
        Assert.Contains("fr: the behaviour 'ex-contact' is in 'solo', not 'exes'.", problems);
    }

    [Fact]
    public void A_changed_autonomy_flag_is_named()
    {
        var translation = Parse("""
              - { id: porn, category: solo, label: Regarde du porno, clarification: De tout genre. }
              - { id: ex-contact, category: exes, label: Garde contact, clarification: Parfois., autonomy: true }
            """);
        Assert.Equal(["fr: the behaviour 'ex-contact' has autonomy: true, not false."], LocaleConsistency.Compare(Parse(Reference), translation, "fr"));
    }

    [Fact]
    public void Categories_must_match_in_ids_and_order()
    {
        var reordered = Parse(Reference, "  - { id: exes, title: Ex, description: Avant. }\n  - { id: solo, title: Seul, description: Seul. }");
        Assert.Equal(["fr: the categories are in a different order from the reference catalogue."], LocaleConsistency.Compare(Parse(Reference), reordered, "fr"));
    }

    /// <summary>Every locale shipped in content/ parses and matches English, id for id.</summary>
    [Fact]
    public void Every_shipped_locale_matches_the_english_catalogue()
    {
        var english = Load("en");
        var locales = Directory.GetDirectories(RepoRoot.PathOf("content")).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.Contains("en", locales);
        foreach (var locale in locales.Where(l => l != "en"))
        {
            Assert.Empty(LocaleConsistency.Compare(english, Load(locale), locale));
        }
    }

    /// <summary>Every locale's "How I connect" (styles.yaml) matches English too, item for item.</summary>
    [Fact]
    public void Every_shipped_locale_matches_the_english_styles()
    {
        var english = LoadStyles("en");
        foreach (var locale in Directory.GetDirectories(RepoRoot.PathOf("content")).Select(Path.GetFileName).OfType<string>().Where(l => l != "en"))
        {
            Assert.Empty(StyleConsistency.Compare(english, LoadStyles(locale), locale));
        }

        var missing = new StyleBook(english.Groups, [.. english.Items.Skip(1)]);
        Assert.Equal([$"fr: the style item '{english.Items[0].Id}' is missing."], StyleConsistency.Compare(english, missing, "fr"));
    }

    /// <summary>Issue 19: Spanish and German ship beside English, so the checks above read them.</summary>
    [Fact]
    public void Spanish_and_German_ship_beside_english()
    {
        var locales = Directory.GetDirectories(RepoRoot.PathOf("content")).Select(Path.GetFileName).OfType<string>().Order().ToList();
        Assert.Equal(["de", "en", "es"], locales);
        foreach (var locale in locales)
        {
            foreach (var file in new[] { "behaviours.yaml", "guides.yaml", "styles.yaml", "safety.yaml", "demo.yaml" })
            {
                Assert.True(File.Exists(RepoRoot.PathOf("content", locale, file)), $"content/{locale}/ has no {file}");
            }
        }
    }

    /// <summary>Every id of English is in the translation, and the translation has no id English lacks:
    /// categories, behaviours, style groups and items, and every guide (kind and category).</summary>
    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void A_translation_has_exactly_the_english_ids(string locale)
    {
        var english = Load("en");
        var translation = Load(locale);
        Assert.Equal(english.Categories.Select(c => c.Id), translation.Categories.Select(c => c.Id));
        Assert.Equal(english.Behaviours.Select(b => b.Id).Order(), translation.Behaviours.Select(b => b.Id).Order());

        var styles = LoadStyles("en");
        var translatedStyles = LoadStyles(locale);
        Assert.Equal(styles.Groups.Select(g => g.Id), translatedStyles.Groups.Select(g => g.Id));
        Assert.Equal(styles.Items.Select(i => i.Id), translatedStyles.Items.Select(i => i.Id));

        Assert.Equal(GuidePairs("en", english), GuidePairs(locale, translation));

        var demo = LoadDemo("en");
        var translatedDemo = LoadDemo(locale);
        Assert.Equal(demo.CategoryAnswers.Keys.Order(), translatedDemo.CategoryAnswers.Keys.Order());
        Assert.Equal(demo.BehaviourAnswers.Keys.Order(), translatedDemo.BehaviourAnswers.Keys.Order());
        Assert.Equal(demo.Guesses.Keys.Order(), translatedDemo.Guesses.Keys.Order());
        Assert.Equal(demo.Styles.Keys.Order(), translatedDemo.Styles.Keys.Order());
        Assert.Equal(demo.CheckInScores.Keys.Order(), translatedDemo.CheckInScores.Keys.Order());

        // The words did change: a translation that copied English would pass every id check.
        Assert.All(english.Behaviours, b => Assert.NotEqual(b.Label, translation.Find(b.Id)!.Label));
        string[] Words(SampleScript s) => [s.CircleName, s.YourName, s.PartnerName, s.Appreciation, s.Topics];
        Assert.All(Words(demo).Zip(Words(translatedDemo)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    /// <summary>Every locale's sample partner (demo.yaml) answers, guesses and scores exactly as the English one.</summary>
    [Fact]
    public void Every_shipped_locale_matches_the_english_demo()
    {
        var english = LoadDemo("en");
        foreach (var locale in Directory.GetDirectories(RepoRoot.PathOf("content")).Select(Path.GetFileName).OfType<string>().Where(l => l != "en"))
        {
            Assert.Empty(DemoConsistency.Compare(english, LoadDemo(locale), locale));
        }

        var behaviour = english.BehaviourAnswers.Keys.First();
        var drifted = english with
        {
            DefaultAnswer = Stance.Fine,
            BehaviourAnswers = english.BehaviourAnswers.Where(a => a.Key != behaviour).ToDictionary(a => a.Key, a => a.Value),
            Styles = english.Styles.ToDictionary(s => s.Key, s => s.Key == "reply-speed" ? 0 : s.Value),
            Guesses = english.Guesses.Append(new("meets-ex-alone", Stance.Hurts)).ToDictionary(g => g.Key, g => g.Value),
        };
        Assert.Equal(
            [
                "fr: demo.yaml's default answer is 'Fine', not 'TellMe'.",
                $"fr: demo.yaml has no behaviour answer for '{behaviour}'.",
                "fr: demo.yaml has a guess for 'meets-ex-alone', which the reference has not.",
                "fr: demo.yaml's style answer for 'reply-speed' is '0', not '3'.",
            ],
            DemoConsistency.Compare(english, drifted, "fr"));
    }

    private static IEnumerable<string> GuidePairs(string locale, BehaviourCatalogue catalogue)
    {
        var path = RepoRoot.PathOf("content", locale, "guides.yaml");
        var book = SamePage.Core.Guides.GuideBookParser.Parse(File.ReadAllText(path), $"content/{locale}/guides.yaml", catalogue);
        return book.Guides.Select(g => $"{g.Kind}/{g.CategoryId}").Order();
    }

    private static SampleScript LoadDemo(string locale)
    {
        var path = RepoRoot.PathOf("content", locale, "demo.yaml");
        Assert.True(File.Exists(path), $"content/{locale}/ has no demo.yaml");
        return SampleScriptParser.Parse(File.ReadAllText(path), $"content/{locale}/demo.yaml", Load(locale), LoadStyles(locale));
    }

    private static StyleBook LoadStyles(string locale)
    {
        var path = RepoRoot.PathOf("content", locale, "styles.yaml");
        Assert.True(File.Exists(path), $"content/{locale}/ has no styles.yaml");
        return StyleBookParser.Parse(File.ReadAllText(path), $"content/{locale}/styles.yaml", Load(locale));
    }

    private static BehaviourCatalogue Load(string locale)
    {
        var path = RepoRoot.PathOf("content", locale, "behaviours.yaml");
        Assert.True(File.Exists(path), $"content/{locale}/ has no behaviours.yaml");
        return CatalogueParser.Parse(File.ReadAllText(path), $"content/{locale}/behaviours.yaml");
    }
}
