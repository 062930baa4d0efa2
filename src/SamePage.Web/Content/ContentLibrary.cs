using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SamePage.Core.Catalogue;
using SamePage.Core.Demo;
using SamePage.Core.Guides;
using SamePage.Core.Safety;
using SamePage.Core.Styles;

namespace SamePage.Web.Content;

/// <summary>
/// The content folder (`content/&lt;locale&gt;/`), read once at start-up. An operator can point
/// `SamePage:ContentDirectory` at a folder of their own. The clause screener reads by meaning too
/// when it is given the locale's sentence model and the locale has labelled examples.
/// </summary>
public sealed class ContentLibrary(IConfiguration configuration, ISentenceEmbedder? model = null)
{
    public const string DefaultLocale = "en";
    public const string SafetyRulesFile = "safety.yaml";
    public const string SafetyExamplesFile = "safety-examples.tsv";
    public const string StylesFile = "styles.yaml";
    public const string DemoFile = "demo.yaml";

    /// <summary>One semantic reader per model and examples file, shared by every library in the process (the app and its tests).</summary>
    private static readonly ConditionalWeakTable<ISentenceEmbedder, ConcurrentDictionary<string, MeaningScreener>> Readers = [];

    private BehaviourCatalogue? _catalogue;
    private GuideBook? _guides;
    private ClauseScreener? _screener;
    private StyleBook? _styles;
    private SampleScript? _demo;

    /// <summary>The sentence model for the default locale, if SamePage was given one.</summary>
    public ISentenceEmbedder? Model => model;

    public string Directory { get; } = Path.GetFullPath(
        configuration["SamePage:ContentDirectory"] is { Length: > 0 } dir ? dir : ShippedDirectory);

    /// <summary>The content that ships beside the executable.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "content");

    public BehaviourCatalogue Catalogue => _catalogue ?? Load().Catalogue;

    public GuideBook Guides => _guides ?? Load().Guides;

    /// <summary>The "How I connect" items (styles.yaml), read with the catalogue.
    /// A content folder of one's own without a `styles.yaml` simply has no such page.</summary>
    public StyleBook Styles => _styles ?? Load().Styles;

    /// <summary>What a demo's sample partner says (demo.yaml), read with the catalogue; null for a content
    /// folder of one's own without one, which then offers no demo.</summary>
    public SampleScript? Demo
    {
        get
        {
            if (!IsLoaded)
            {
                Load();
            }

            return _demo;
        }
    }

    /// <summary>Whether the content has been read and validated (at start-up); the readiness check asks.</summary>
    public bool IsLoaded => _catalogue is not null && _guides is not null;

    /// <summary>The clause screener, from the safety rules of the default locale.</summary>
    public ClauseScreener Screener => _screener ??= LoadScreener();

    /// <summary>Reads and validates every content file.</summary>
    /// <exception cref="CatalogueException">A content file is missing or invalid.</exception>
    public (BehaviourCatalogue Catalogue, GuideBook Guides, StyleBook Styles) Load()
    {
        var catalogue = CatalogueParser.Parse(Read("behaviours.yaml", out var behavioursPath), behavioursPath);
        var guides = GuideBookParser.Parse(Read("guides.yaml", out var guidesPath), guidesPath, catalogue);
        var stylesPath = Path.Combine(Directory, DefaultLocale, StylesFile);
        var styles = File.Exists(stylesPath) ? StyleBookParser.Parse(Read(stylesPath), stylesPath, catalogue) : new StyleBook([], []);
        var demoPath = Path.Combine(Directory, DefaultLocale, DemoFile);
        _demo = File.Exists(demoPath) ? SampleScriptParser.Parse(Read(demoPath), demoPath, catalogue, styles) : null;
        var screener = LoadScreener();
        (_catalogue, _guides, _screener, _styles) = (catalogue, guides, screener, styles);
        return (catalogue, guides, styles);
    }

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
