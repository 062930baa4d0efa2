using System.Globalization;
using SamePage.Core.Catalogue;
using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Safety;

/// <summary>
/// Reads and validates the screener's rules file (`content/&lt;locale&gt;/safety.yaml`): the negation
/// words, named word lists, and rules that combine them. Every problem names the file and the line.
/// The format is described in docs/CONTENT.md ("Safety rules").
/// </summary>
public static class ScreeningRulesParser
{
    public const int MaxPhraseLength = 80;
    public const int MaxNear = 40;
    public const int MaxReach = 10;
    public const int MaxListsPerRule = 6;
    public const int MinStemLength = 3;

    /// <summary>'*' on its own stands for any one word ("every * hours").</summary>
    private static readonly WordPattern AnyWord = new(string.Empty, IsStem: true);

    private static readonly HashSet<string> RootKeys = ["apostrophes", "negation", "words", "rules"];
    private static readonly HashSet<string> NegationKeys = ["reach", "words"];
    private static readonly HashSet<string> RuleKeys = ["id", "kind", "when", "near", "in-order", "negatable", "unless"];

    private static readonly Dictionary<string, ControlKind> Kinds =
        Enum.GetValues<ControlKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <param name="text">The file's text.</param>
    /// <param name="file">The file's name, as it should appear in messages.</param>
    /// <exception cref="CatalogueException">The file is not a valid set of rules.</exception>
    public static ScreeningRules Parse(string text, string file)
    {
        var root = YamlNodeReader.LoadMapping(text, file, "'negation', 'words' and 'rules'");
        var reader = new YamlNodeReader(file);
        reader.OnlyKeys(root, RootKeys);

        var apostrophes = ReadApostrophes(reader, root);
        var negation = ReadNegation(reader, root, apostrophes);
        var lists = ReadWordLists(reader, root, apostrophes);
        var rules = new List<ScreeningRule>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in reader.Sequence(root, "rules"))
        {
            var rule = ReadRule(reader, reader.Mapping(node, "a rule"), lists);
            if (rules.Any(r => r.Id == rule.Id))
            {
                throw reader.Error(node, $"the rule id '{rule.Id}' is used twice.");
            }

            rules.Add(rule);
            used.UnionWith(rule.When.Concat(rule.Unless).Select(l => l.Name));
        }

        var unused = lists.FirstOrDefault(l => !used.Contains(l.Key));
        if (unused.Key is not null)
        {
            throw reader.Error(unused.Value.Node, $"the word list '{unused.Key}' is not used by any rule; use it or remove it.");
        }

        return new ScreeningRules(negation, [.. lists.Values.Select(l => l.List)], rules, apostrophes);
    }

    /// <summary>Optional, 'join' by default: see <see cref="Apostrophes"/>.</summary>
    private static Apostrophes ReadApostrophes(YamlNodeReader reader, YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("apostrophes"), out var node))
        {
            return Apostrophes.Join;
        }

        return reader.CheckedText(node, "apostrophes", 10) switch
        {
            "join" => Apostrophes.Join,
            "split" => Apostrophes.Split,
            var other => throw reader.Error(node, $"'apostrophes' must be 'join' (don't is one word) or 'split' (l'argent is two), not '{other}'."),
        };
    }

    private static Negation ReadNegation(YamlNodeReader reader, YamlMappingNode root, Apostrophes apostrophes)
    {
        var map = reader.Mapping(Child(reader, root, "negation"), "'negation'");
        reader.OnlyKeys(map, NegationKeys);
        var reach = Number(reader, map, "reach", 0, MaxReach) ?? throw reader.Error(map, "the field 'reach' is missing.");
        return new Negation(new WordList("negation", Phrases(reader, map, "words", apostrophes)), reach);
    }

    private static Dictionary<string, (WordList List, YamlNode Node)> ReadWordLists(YamlNodeReader reader, YamlMappingNode root, Apostrophes apostrophes)
    {
        var map = reader.Mapping(Child(reader, root, "words"), "'words', the named word lists,");
        if (map.Children.Count == 0)
        {
            throw reader.Error(map, "'words' needs at least one word list.");
        }

        var lists = new Dictionary<string, (WordList, YamlNode)>(StringComparer.Ordinal);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!IsSlug(name))
            {
                throw reader.Error(key, $"'{name}' is not a valid word list name: use lowercase letters, digits and single hyphens, like 'private-things'.");
            }

            lists[name] = (new WordList(name, Phrases(reader, map, name, apostrophes)), key);
        }

        return lists;
    }

    private static ScreeningRule ReadRule(YamlNodeReader reader, YamlMappingNode map, Dictionary<string, (WordList List, YamlNode Node)> lists)
    {
        reader.OnlyKeys(map, RuleKeys);
        var id = reader.SlugValue(map, "id");
        var kindText = reader.SlugValue(map, "kind");
        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            throw reader.Error(map.Children[new YamlScalarNode("kind")], $"'{kindText}' is not a kind of control (expected one of: {string.Join(", ", Kinds.Keys)}).");
        }

        var when = ListNames(reader, map, "when", lists, required: true);
        if (when.Count > MaxListsPerRule)
        {
            throw reader.Error(map.Children[new YamlScalarNode("when")], $"the rule '{id}' combines {when.Count} word lists; keep it to {MaxListsPerRule}.");
        }

        var negatable = ListNames(reader, map, "negatable", lists, required: false);
        var stray = negatable.FirstOrDefault(l => !when.Contains(l));
        if (stray is not null)
        {
            throw reader.Error(map.Children[new YamlScalarNode("negatable")], $"'{stray.Name}' is negatable but not under 'when' of the rule '{id}'.");
        }

        var unless = ListNames(reader, map, "unless", lists, required: false);
        var both = unless.FirstOrDefault(when.Contains);
        if (both is not null)
        {
            throw reader.Error(map.Children[new YamlScalarNode("unless")], $"'{both.Name}' is both under 'when' and 'unless' of the rule '{id}'.");
        }

        var near = Number(reader, map, "near", 1, MaxNear);
        var inOrder = reader.Flag(map, "in-order");
        return new ScreeningRule(id, kind, when, near, inOrder, negatable, unless);
    }

    private static List<WordList> ListNames(YamlNodeReader reader, YamlMappingNode map, string key, Dictionary<string, (WordList List, YamlNode Node)> lists, bool required)
    {
        if (!required && !map.Children.ContainsKey(new YamlScalarNode(key)))
        {
            return [];
        }

        var names = new List<WordList>();
        foreach (var node in reader.Sequence(map, key))
        {
            var name = reader.CheckedText(node, key, 60);
            if (!lists.TryGetValue(name, out var list))
            {
                throw reader.Error(node, $"'{name}' is not a word list under 'words'.");
            }

            if (names.Contains(list.List))
            {
                throw reader.Error(node, $"'{name}' is named twice under '{key}'.");
            }

            names.Add(list.List);
        }

        return names;
    }

    private static List<WordPhrase> Phrases(YamlNodeReader reader, YamlMappingNode map, string key, Apostrophes apostrophes) =>
        [.. reader.Sequence(map, key).Select(node => Phrase(reader, node, key, apostrophes))];

    /// <summary>
    /// A word or phrase; a word ending in '*' is a stem ("messag*": message, messages, messaging), and
    /// '*' on its own is any one word ("every * hours").
    /// </summary>
    private static WordPhrase Phrase(YamlNodeReader reader, YamlNode node, string list, Apostrophes apostrophes)
    {
        var source = reader.CheckedText(node, list, MaxPhraseLength);
        var words = new List<WordPattern>();
        foreach (var piece in source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "*")
            {
                words.Add(AnyWord);
                continue;
            }

            var stem = piece.EndsWith('*');
            var core = stem ? piece[..^1] : piece;
            if (core.Contains('*', StringComparison.Ordinal))
            {
                throw reader.Error(node, $"'{source}' in '{list}': '*' may only end a word.");
            }

            var parts = ScreeningText.Words(core, apostrophes);
            if (parts.Count == 0)
            {
                throw reader.Error(node, $"'{source}' in '{list}' has a part without letters or digits.");
            }

            if (stem && parts[^1].Length < MinStemLength)
            {
                throw reader.Error(node, $"'{source}' in '{list}': a stem needs at least {MinStemLength} letters before '*'.");
            }

            words.AddRange(parts.Select((word, i) => new WordPattern(word, stem && i == parts.Count - 1)));
        }

        if (words.All(w => w == AnyWord))
        {
            throw reader.Error(node, $"'{source}' in '{list}' needs at least one word besides '*'.");
        }

        return new WordPhrase(source, words);
    }

    private static YamlNode Child(YamlNodeReader reader, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : throw reader.Error(map, $"'{key}' is missing.");

    private static int? Number(YamlNodeReader reader, YamlMappingNode map, string key, int min, int max)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        var scalar = node as YamlScalarNode;
        if (scalar?.Style is not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any)
            || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            throw reader.Error(node, $"'{key}' must be a whole number from {min} to {max}, without quotes.");
        }

        return value;
    }

    private static bool IsSlug(string value) =>
        value.Length is > 0 and <= 60
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !value.StartsWith('-') && !value.EndsWith('-') && !value.Contains("--", StringComparison.Ordinal);
}
