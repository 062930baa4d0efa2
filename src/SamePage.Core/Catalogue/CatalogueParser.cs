using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Catalogue;

/// <summary>
/// Reads and validates a behaviours file (YAML). Every problem is reported with the file and line,
/// so whoever edits the content can fix it without reading code.
/// </summary>
public static partial class CatalogueParser
{
    private static readonly HashSet<string> RootKeys = ["categories", "behaviours"];
    private static readonly HashSet<string> CategoryKeys = ["id", "title", "description"];
    private static readonly HashSet<string> BehaviourKeys = ["id", "category", "label", "clarification", "autonomy"];

    public const int MaxLabelLength = 120;
    public const int MaxClarificationLength = 400;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <param name="text">The file's text.</param>
    /// <param name="file">The file's name, as it should appear in messages.</param>
    /// <exception cref="CatalogueException">The file is not a valid catalogue.</exception>
    public static BehaviourCatalogue Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new CatalogueException(file, e.Start.Line, $"this is not valid YAML ({FirstSentence(e.Message)}).");
        }

        if (stream.Documents.Count > 1)
        {
            throw new CatalogueException(file, stream.Documents[1].RootNode.Start.Line, "the file holds more than one YAML document ('---'); keep everything in one.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new CatalogueException(file, 1, "the file must be a mapping with 'categories' and 'behaviours'.");
        }

        var reader = new NodeReader(file);
        reader.OnlyKeys(root, RootKeys);
        var categoryNodes = reader.Sequence(root, "categories");
        var behaviourNodes = reader.Sequence(root, "behaviours");

        var categories = new List<Category>();
        var categoryNodesById = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in categoryNodes)
        {
            var map = reader.Mapping(node, "a category");
            reader.OnlyKeys(map, CategoryKeys);
            var id = reader.SlugValue(map, "id");
            if (!categoryNodesById.TryAdd(id, map))
            {
                throw reader.Error(map, $"the category id '{id}' is used twice.");
            }

            categories.Add(new Category(id, reader.Text(map, "title", 80), reader.Text(map, "description", 400)));
        }

        var behaviours = new List<Behaviour>();
        var behaviourIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in behaviourNodes)
        {
            var map = reader.Mapping(node, "a behaviour");
            reader.OnlyKeys(map, BehaviourKeys);
            var id = reader.SlugValue(map, "id");
            if (!behaviourIds.Add(id))
            {
                throw reader.Error(map, $"the behaviour id '{id}' is used twice.");
            }

            var category = reader.SlugValue(map, "category");
            if (!categoryNodesById.ContainsKey(category))
            {
                throw reader.Error(map.Children[new YamlScalarNode("category")], $"the behaviour '{id}' names the category '{category}', which is not listed under 'categories'.");
            }

            behaviours.Add(new Behaviour(
                id,
                category,
                reader.Text(map, "label", MaxLabelLength),
                reader.Text(map, "clarification", MaxClarificationLength),
                reader.Flag(map, "autonomy")));
        }

        var empty = categories.FirstOrDefault(c => behaviours.All(b => b.CategoryId != c.Id));
        if (empty is not null)
        {
            throw reader.Error(categoryNodesById[empty.Id], $"the category '{empty.Id}' has no behaviours.");
        }

        return new BehaviourCatalogue(categories, behaviours);
    }

    private static string FirstSentence(string message)
    {
        var text = message.Trim();
        var cut = text.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? text[..cut] : text).TrimEnd('.');
    }

    private static bool IsSlug(string value) => Slug().IsMatch(value) && value.Length <= 60;

    private sealed class NodeReader(string file)
    {
        public CatalogueException Error(YamlNode node, string problem) =>
            new(file, node.Start.Line, problem);

        public YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"expected {what} with keys, like 'id: ...'.");

        public IReadOnlyList<YamlNode> Sequence(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                throw Error(map, $"the list '{key}' is missing.");
            }

            if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                throw Error(node, $"'{key}' must be a list with at least one entry.");
            }

            return [.. sequence.Children];
        }

        public void OnlyKeys(YamlMappingNode map, HashSet<string> allowed)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!allowed.Contains(name))
                {
                    throw Error(key, $"unknown field '{name}' (expected one of: {string.Join(", ", allowed)}).");
                }
            }
        }

        public string Text(YamlMappingNode map, string key, int maxLength)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                throw Error(map, $"the field '{key}' is missing.");
            }

            var value = (node as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                throw Error(node, $"the field '{key}' must be non-empty text.");
            }

            if (value.Length > maxLength)
            {
                throw Error(node, $"the field '{key}' is {value.Length} characters long; keep it to {maxLength}.");
            }

            if (value.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            {
                throw Error(node, $"the field '{key}' contains an invisible control character; please remove it.");
            }

            return value.Normalize(System.Text.NormalizationForm.FormC);
        }

        public string SlugValue(YamlMappingNode map, string key)
        {
            var value = Text(map, key, 60);
            if (!IsSlug(value))
            {
                throw Error(map.Children[new YamlScalarNode(key)], $"'{value}' is not a valid {key}: use lowercase letters, digits and single hyphens, like 'dating-app-profile'.");
            }

            return value;
        }

        public bool Flag(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return false;
            }

            var scalar = node as YamlScalarNode;
            var plain = scalar?.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;
            return plain ? scalar!.Value?.ToLowerInvariant() switch
            {
                "true" => true,
                "false" => false,
                _ => throw Error(node, $"'{key}' must be true or false, not '{scalar.Value}'."),
            } : throw Error(node, $"'{key}' must be true or false without quotes.");
        }
    }
}
