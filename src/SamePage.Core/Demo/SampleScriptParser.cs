using SamePage.Core.Catalogue;
using SamePage.Core.CheckIns;
using SamePage.Core.Circles;
using SamePage.Core.Stances;
using SamePage.Core.Styles;
using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Demo;

/// <summary>
/// Reads and validates <c>demo.yaml</c> against the catalogue and the "How I connect" items it sits
/// beside, reporting every problem with the file and line, like the other content files.
/// </summary>
public static class SampleScriptParser
{
    private static readonly HashSet<string> RootKeys = ["circle-name", "your-name", "partner-name", "answers", "guesses", "styles", "check-in"];
    private static readonly HashSet<string> AnswerKeys = ["default", "categories", "behaviours"];
    private static readonly HashSet<string> CheckInKeys = ["scores", "appreciation", "topics"];

    private static readonly Dictionary<string, Stance> Stances = new(StringComparer.Ordinal)
    {
        ["fine"] = Stance.Fine,
        ["tell-me"] = Stance.TellMe,
        ["ask-first"] = Stance.AskFirst,
        ["hurts"] = Stance.Hurts,
        ["betrayal"] = Stance.Betrayal,
        ["unsure"] = Stance.Unsure,
        ["not-applicable"] = Stance.NotApplicable,
    };

    /// <exception cref="CatalogueException">The file is not a valid demo for this catalogue.</exception>
    public static SampleScript Parse(string text, string file, BehaviourCatalogue catalogue, StyleBook styles)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(styles);
        var root = YamlNodeReader.LoadMapping(text, file, "'partner-name', 'answers' and 'check-in'");
        var reader = new YamlNodeReader(file);
        reader.OnlyKeys(root, RootKeys);

        var yourName = reader.Text(root, "your-name", CircleRules.MaxDisplayNameLength);
        var partnerName = reader.Text(root, "partner-name", CircleRules.MaxDisplayNameLength);
        if (string.Equals(CircleRules.NormalizeName(yourName), CircleRules.NormalizeName(partnerName), StringComparison.OrdinalIgnoreCase))
        {
            throw reader.Error(root, "'your-name' and 'partner-name' must differ.");
        }

        var answers = reader.Mapping(Child(reader, root, "answers"), "'answers'");
        reader.OnlyKeys(answers, AnswerKeys);
        var byCategory = Pairs(reader, answers, "categories", id => catalogue.FindCategory(id) is not null, "category", node => StanceOf(reader, node));
        var byBehaviour = Pairs(reader, answers, "behaviours", id => catalogue.Find(id) is not null, "behaviour", node => StanceOf(reader, node));
        var guesses = Pairs(reader, root, "guesses", id => catalogue.Find(id) is not null, "behaviour", node => StanceOf(reader, node));
        var styleAnswers = Pairs(reader, root, "styles", id => styles.Find(id) is not null, "style item", node => Number(reader, node, StyleBook.IsStep, $"a step from 0 to {StyleBook.MaxStep}"));

        var checkIn = reader.Mapping(Child(reader, root, "check-in"), "'check-in'");
        reader.OnlyKeys(checkIn, CheckInKeys);
        var scores = Pairs(reader, checkIn, "scores", CheckInItems.IsItem, "check-in item", node => Number(reader, node, CheckInItems.IsScore, $"a score from {CheckInItems.MinScore} to {CheckInItems.MaxScore}"));
        var missing = CheckInItems.All.FirstOrDefault(i => !scores.ContainsKey(i));
        if (missing is not null)
        {
            throw reader.Error(checkIn, $"the check-in has no score for '{missing}'.");
        }

        return new SampleScript(
            reader.Text(root, "circle-name", CircleRules.MaxCircleNameLength),
            yourName,
            partnerName,
            StanceOf(reader, Child(reader, answers, "default")),
            byCategory,
            byBehaviour,
            guesses,
            styleAnswers,
            scores,
            reader.Text(checkIn, "appreciation", CheckInText.MaxLength),
            reader.Text(checkIn, "topics", CheckInText.MaxLength));
    }

    private static YamlNode Child(YamlNodeReader reader, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : throw reader.Error(map, $"the field '{key}' is missing.");

    /// <summary>An optional mapping of ids to values; each id must be known.</summary>
    private static Dictionary<string, T> Pairs<T>(YamlNodeReader reader, YamlMappingNode map, string key, Func<string, bool> known, string what, Func<YamlNode, T> value)
    {
        var pairs = new Dictionary<string, T>(StringComparer.Ordinal);
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return pairs;
        }

        foreach (var (idNode, valueNode) in reader.Mapping(node, $"'{key}'").Children)
        {
            var id = (idNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known(id))
            {
                throw reader.Error(idNode, $"'{id}' is not a {what} SamePage knows.");
            }

            if (!pairs.TryAdd(id, value(valueNode)))
            {
                throw reader.Error(idNode, $"'{id}' is listed twice.");
            }
        }

        return pairs;
    }

    private static Stance StanceOf(YamlNodeReader reader, YamlNode node)
    {
        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        return Stances.TryGetValue(text, out var stance)
            ? stance
            : throw reader.Error(node, $"'{text}' is not a stance (expected one of: {string.Join(", ", Stances.Keys)}).");
    }

    private static int Number(YamlNodeReader reader, YamlNode node, Func<int, bool> allowed, string expected)
    {
        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && allowed(number)
            ? number
            : throw reader.Error(node, $"'{text}' is not {expected}.");
    }
}
