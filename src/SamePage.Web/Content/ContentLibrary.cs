using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SamePage.Core.Catalogue;
using SamePage.Core.Demo;
using SamePage.Core.Guides;
using SamePage.Core.Safety;
using SamePage.Core.Styles;

namespace SamePage.Web.Content;

/// <summary>One language's content: the catalogue, guides, "How I connect", the screener's rules and
/// what a demo's sample partner says (null when the content offers no demo).</summary>
public sealed record LocaleContent(string Locale, BehaviourCatalogue Catalogue, GuideBook Guides, StyleBook Styles, ClauseScreener Screener, SampleScript? Demo);

/// <summary>
/// The content folder (`content/&lt;locale&gt;/`), read once at start-up. An operator can point
/// `SamePage:ContentDirectory` at a folder of their own. The clause screener reads by meaning too
/// when it is given the locale's sentence model and the locale has labelled examples.
/// English is the reference; <see cref="For(CultureInfo?)"/> gives a reader's language, or English.
/// </summary>
public sealed class ContentLibrary(IConfiguration configuration, ISentenceEmbedder? model = null)
{
    public const string DefaultLocale = "en";
    public const string SafetyRulesFile = "safety.yaml";
    public const string SafetyExamplesFile = "safety-examples.tsv";
    public const string StylesFile = "styles.yaml";
    public const string DemoFile = "demo.yaml";

    /// <summary>The languages SamePage ships content for, English first.</summary>
    public static IReadOnlyList<string> Locales { get; } = [DefaultLocale, "es", "de"];

    /// <summary>One semantic reader per model and examples file, shared by every library in the process (the app and its tests).</summary>
    private static readonly ConditionalWeakTable<ISentenceEmbedder, ConcurrentDictionary<string, MeaningScreener>> Readers = [];

    /// <summary>The English (reference) content, built once when the content is read.</summary>
    private LocaleContent? _english;

    /// <summary>The content of each other language that has a folder, by language code.</summary>
    private readonly ConcurrentDictionary<string, LocaleContent> _translations = new(StringComparer.Ordinal);

    /// <summary>The sentence model for the default locale, if SamePage was given one.</summary>
    public ISentenceEmbedder? Model => model;

    public string Directory { get; } = Path.GetFullPath(
        configuration["SamePage:ContentDirectory"] is { Length: > 0 } dir ? dir : ShippedDirectory);

    /// <summary>The content that ships beside the executable.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>The catalogue in the reader's language (<see cref="Localisation.Languages.Current"/>), English when that language has no content folder.</summary>
    public BehaviourCatalogue Catalogue => Translation()?.Catalogue ?? English.Catalogue;

    public GuideBook Guides => Translation()?.Guides ?? English.Guides;

    /// <summary>The "How I connect" items (styles.yaml), read with the catalogue.
    /// A content folder of one's own without a `styles.yaml` simply has no such page.</summary>
    public StyleBook Styles => Translation()?.Styles ?? English.Styles;

    /// <summary>What a demo's sample partner says (demo.yaml), read with the catalogue, in the reader's
    /// language: the person who tries the demo, so its made-up words are written in theirs. Null for a
    /// content folder of one's own without an English one, which then offers no demo.</summary>
    public SampleScript? Demo => English.Demo is null ? null : Translation()?.Demo ?? English.Demo;

    /// <summary>Whether the content has been read and validated (at start-up); the readiness check asks.</summary>
    public bool IsLoaded => _english is not null;

    /// <summary>
    /// The clause screener in the reader's language: English reads by meaning too, another language
    /// by its own rules (its `safety.yaml`), since the model reads English only (docs/SAFETY.md).
    /// </summary>
    public ClauseScreener Screener => Translation()?.Screener ?? English.Screener;

    /// <summary>The English (reference) content, whatever the reader's language.</summary>
    private LocaleContent English
    {
        get
        {
            if (_english is null)
            {
                Load();
            }

            return _english!;
        }
    }

    /// <summary>Reads and validates every content file.</summary>
    /// <exception cref="CatalogueException">A content file is missing or invalid.</exception>
    public (BehaviourCatalogue Catalogue, GuideBook Guides, StyleBook Styles) Load()
    {
        var catalogue = CatalogueParser.Parse(Read("behaviours.yaml", out var behavioursPath), behavioursPath);
        var guides = GuideBookParser.Parse(Read("guides.yaml", out var guidesPath), guidesPath, catalogue);
        var stylesPath = Path.Combine(Directory, DefaultLocale, StylesFile);
        var styles = File.Exists(stylesPath) ? StyleBookParser.Parse(Read(stylesPath), stylesPath, catalogue) : new StyleBook([], []);
        var demoPath = Path.Combine(Directory, DefaultLocale, DemoFile);
        var demo = File.Exists(demoPath) ? SampleScriptParser.Parse(Read(demoPath), demoPath, catalogue, styles) : null;
        _english = new LocaleContent(DefaultLocale, catalogue, guides, styles, LoadScreener(), demo);
        // Each translation is checked against English only, so they are read side by side; the results
        // are taken in the languages' order, so the first invalid one is the error reported.
        var translations = Locales.Skip(1).Where(HasLocale).Select(locale => (locale, Task.Run(() => LoadLocale(locale)))).ToList();
        foreach (var (locale, loading) in translations)
        {
            _translations[locale] = loading.GetAwaiter().GetResult(); // rethrows a CatalogueException as it is, not wrapped
        }

        return (catalogue, guides, styles);
    }

    /// <summary>
    /// The content in the reader's language ("es-MX" reads Spanish), or English when SamePage has none
    /// in that language. The catalogue, guides and styles share English's ids; the screener has the
    /// language's own rules (and reads by meaning only in English).
    /// </summary>
    public LocaleContent For(CultureInfo? culture) => For(culture?.TwoLetterISOLanguageName);

    /// <inheritdoc cref="For(CultureInfo?)"/>
    /// <exception cref="CatalogueException">The language's content is invalid or does not match English.</exception>
    public LocaleContent For(string? language)
    {
        var locale = language?.ToLowerInvariant();
        if (locale is null || locale == DefaultLocale || !Locales.Contains(locale) || !HasLocale(locale))
        {
            return English;
        }

        return _translations.GetOrAdd(locale, LoadLocale);
    }

    private bool HasLocale(string locale) => File.Exists(Path.Combine(Directory, locale, "behaviours.yaml"));

    /// <summary>Reads one translation and checks it against English: same ids, categories, flags and style items.</summary>
    private LocaleContent LoadLocale(string locale)
    {
        // A file the language lacks is read from English (same ids, so answers mean the same thing).
        string In(string name) => File.Exists(Path.Combine(Directory, locale, name)) ? Path.Combine(Directory, locale, name) : Path.Combine(Directory, DefaultLocale, name);
        var behavioursPath = Path.Combine(Directory, locale, "behaviours.yaml");
        var catalogue = CatalogueParser.Parse(Read(behavioursPath), behavioursPath);
        var guidesPath = In("guides.yaml");
        var guides = GuideBookParser.Parse(Read(guidesPath), guidesPath, catalogue);
        var stylesPath = In(StylesFile);
        var styles = File.Exists(stylesPath) ? StyleBookParser.Parse(Read(stylesPath), stylesPath, catalogue) : new StyleBook([], []);
        var english = English;
        var problems = LocaleConsistency.Compare(english.Catalogue, catalogue, locale).Concat(StyleConsistency.Compare(english.Styles, styles, locale)).ToList();
        if (problems.Count > 0)
        {
            throw new CatalogueException(behavioursPath, 0, string.Join(" ", problems));
        }

        // The sample partner speaks the language too, answering exactly as it does in English; a language
        // without its own demo.yaml has the English one (and no demo when English has none).
        var demoPath = Path.Combine(Directory, locale, DemoFile);
        var demo = english.Demo is not null && File.Exists(demoPath) ? SampleScriptParser.Parse(Read(demoPath), demoPath, catalogue, styles) : english.Demo;
        if (demo is not null && DemoConsistency.Compare(english.Demo!, demo, locale) is { Count: > 0 } drift)
        {
            throw new CatalogueException(demoPath, 0, string.Join(" ", drift));
        }

        // A folder of one's own without the language's rules gets the shipped ones, else the English ones.
        var rulesPath = new[] { Path.Combine(Directory, locale, SafetyRulesFile), Path.Combine(ShippedDirectory, locale, SafetyRulesFile) }.FirstOrDefault(File.Exists);
        var screener = rulesPath is null ? english.Screener : new ClauseScreener(ScreeningRulesParser.Parse(Read(rulesPath), rulesPath));
        return new LocaleContent(locale, catalogue, guides, styles, screener, demo);
    }

    /// <summary>The reader's language's content (<see cref="Localisation.Languages.Current"/>), or null for English or a language without a folder.</summary>
    private LocaleContent? Translation() =>
        _translations.TryGetValue(Localisation.Languages.Current, out var translation) ? translation : null;

    /// <summary>
    /// Reads and validates the screener's rules. A content folder of one's own without a `safety.yaml`
    /// gets the rules SamePage ships with, so that replacing the catalogue never switches screening off.
    /// </summary>
    /// <exception cref="CatalogueException">The rules file is missing or invalid.</exception>
    public ClauseScreener LoadScreener()
    {
        var own = Path.Combine(Directory, DefaultLocale, SafetyRulesFile);
        var shipped = Path.Combine(ShippedDirectory, DefaultLocale, SafetyRulesFile);
        var path = File.Exists(own) ? own : File.Exists(shipped) ? shipped : own;
        var rules = ScreeningRulesParser.Parse(Read(path), path);
        return new ClauseScreener(rules, LoadMeaning());
    }

    /// <summary>
    /// The reader by meaning: the model SamePage was given, over the locale's examples (a folder of
    /// one's own without them gets the shipped ones). None without a model or examples: rules alone.
    /// The model reads English; a locale gets one by registering its own embedder and examples
    /// (docs/SAFETY.md, "Other languages").
    /// </summary>
    /// <exception cref="CatalogueException">The examples file is invalid.</exception>
    public MeaningScreener? LoadMeaning()
    {
        var path = SafetyExamplesPath();
        if (model is null || path is null)
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var examples = SafetyExamples.Parse(text, path);
        var key = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        return Readers.GetOrCreateValue(model).GetOrAdd(key, _ => new MeaningScreener(model, examples));
    }

    /// <summary>The examples file of the default locale, own or shipped, or null when there is none.</summary>
    public string? SafetyExamplesPath()
    {
        var own = Path.Combine(Directory, DefaultLocale, SafetyExamplesFile);
        var shipped = Path.Combine(ShippedDirectory, DefaultLocale, SafetyExamplesFile);
        return File.Exists(own) ? own : File.Exists(shipped) ? shipped : null;
    }

    private string Read(string name, out string path)
    {
        path = Path.Combine(Directory, DefaultLocale, name);
        return Read(path);
    }

    private static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogueException(path, 0, "the file does not exist. Check SamePage:ContentDirectory.");
        }

        return File.ReadAllText(path);
    }
}
