using SamePage.Core.Catalogue;
using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Styles;

/// <summary>
/// Reads and validates the "How I connect" file (YAML) against the catalogue it sits beside.
/// Every problem is reported with the file and line, like the catalogue's.
/// </summary>
public static class StyleBookParser
{
    public const int MaxLabelLength = CatalogueParser.MaxLabelLength;
    public const int MaxEndLength = 80;
    public const int MaxReadingLength = 500;
    public const int MaxLineLength = 200;

    private static readonly HashSet<string> RootKeys = ["groups", "items"];
    private static readonly HashSet<string> GroupKeys = ["id", "title", "related", "reading", "openings", "questions"];
    private static readonly HashSet<string> ItemKeys = ["id", "group", "label", "scale", "left", "right"];

    private static readonly Dictionary<string, StyleScale> Scales = new(StringComparer.Ordinal)
    {
        ["frequency"] = StyleScale.Frequency,
        ["preference"] = StyleScale.Preference,
    };

    /// <exception cref="CatalogueException">The file is not a valid style book for this catalogue.</exception>
    public static StyleBook Parse(string text, string file, BehaviourCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var root = YamlNodeReader.LoadMapping(text, file, "'groups' and 'items'");
        var reader = new YamlNodeReader(file);
        reader.OnlyKeys(root, RootKeys);

        var groups = new List<StyleGroup>();
        var groupNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in reader.Sequence(root, "groups"))
        {
            var map = reader.Mapping(node, "a group");
            reader.OnlyKeys(map, GroupKeys);
            var id = reader.SlugValue(map, "id");
            if (catalogue.FindCategory(id) is not null)
            {
                throw reader.Error(map, $"the group id '{id}' is a category of behaviours.yaml; style groups have ids of their own.");
            }

            if (!groupNodes.TryAdd(id, map))
            {
                throw reader.Error(map, $"the group id '{id}' is used twice.");
            }

            var related = reader.TextList(map, "related", 1, 4, 60);
            var unknown = related.FirstOrDefault(c => catalogue.FindCategory(c) is null);
            if (unknown is not null)
            {
                throw reader.Error(map.Children[new YamlScalarNode("related")], $"the category '{unknown}' is not in the behaviour catalogue.");
            }

            groups.Add(new StyleGroup(
                id,
                reader.Text(map, "title", 80),
                related,
                reader.Text(map, "reading", MaxReadingLength),
                reader.TextList(map, "openings", 1, 5, MaxLineLength),
                reader.TextList(map, "questions", 3, 6, MaxLineLength)));
        }

        var items = new List<StyleItem>();
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in reader.Sequence(root, "items"))
        {
            var map = reader.Mapping(node, "an item");
            reader.OnlyKeys(map, ItemKeys);
            var id = reader.SlugValue(map, "id");
            if (catalogue.Find(id) is not null || CustomBehaviours.IsCustomId(id))
            {
                throw reader.Error(map, $"the item id '{id}' is kept for behaviours; style items have ids of their own.");
            }

            if (!itemIds.Add(id))
            {
                throw reader.Error(map, $"the item id '{id}' is used twice.");
            }

            var group = reader.SlugValue(map, "group");
            if (!groupNodes.ContainsKey(group))
            {
                throw reader.Error(map.Children[new YamlScalarNode("group")], $"the item '{id}' names the group '{group}', which is not listed under 'groups'.");
            }

            var scaleText = reader.SlugValue(map, "scale");
            if (!Scales.TryGetValue(scaleText, out var scale))
            {
                throw reader.Error(map.Children[new YamlScalarNode("scale")], $"'{scaleText}' is not a scale (expected one of: {string.Join(", ", Scales.Keys)}).");
            }

            var hasEnds = map.Children.ContainsKey(new YamlScalarNode("left")) || map.Children.ContainsKey(new YamlScalarNode("right"));
            if (scale == StyleScale.Frequency && hasEnds)
            {
                throw reader.Error(map, $"the item '{id}' is a frequency, which has no 'left' or 'right'.");
            }

            items.Add(new StyleItem(
                id,
                group,
                reader.Text(map, "label", MaxLabelLength),
                scale,
                scale == StyleScale.Preference ? reader.Text(map, "left", MaxEndLength) : null,
                scale == StyleScale.Preference ? reader.Text(map, "right", MaxEndLength) : null));
        }

        var empty = groups.FirstOrDefault(g => items.All(i => i.GroupId != g.Id));
        if (empty is not null)
        {
            throw reader.Error(groupNodes[empty.Id], $"the group '{empty.Id}' has no items.");
        }

        return new StyleBook(groups, items);
    }
}
