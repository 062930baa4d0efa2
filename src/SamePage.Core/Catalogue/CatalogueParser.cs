using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Catalogue;

/// <summary>
/// Reads and validates a behaviours file (YAML). Every problem is reported with the file and line,
/// so whoever edits the content can fix it without reading code.
/// </summary>
public static class CatalogueParser
{
    private static readonly HashSet<string> RootKeys = ["categories", "behaviours"];
    private static readonly HashSet<string> CategoryKeys = ["id", "title", "description"];
    private static readonly HashSet<string> BehaviourKeys = ["id", "category", "label", "clarification", "autonomy"];

    public const int MaxLabelLength = 120;
    public const int MaxClarificationLength = 400;

    /// <param name="text">The file's text.</param>
    /// <param name="file">The file's name, as it should appear in messages.</param>
    /// <exception cref="CatalogueException">The file is not a valid catalogue.</exception>
    public static BehaviourCatalogue Parse(string text, string file)
    {
        var stream = new YamlStream();
        var root = YamlNodeReader.LoadMapping(text, file, "'categories' and 'behaviours'");

        var reader = new YamlNodeReader(file);
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
            if (CustomBehaviours.IsCustomId(id))
            {
                throw reader.Error(map, $"the behaviour id '{id}' starts with '{CustomBehaviours.IdPrefix}', which is kept for behaviours circles add themselves.");
            }

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
}
