using SamePage.Core.Catalogue;
using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Guides;

/// <summary>
/// Reads and validates a guides file (YAML): general guidance, and one guide for every kind of
/// difference in every category of the catalogue. Problems name the file and line.
/// </summary>
public static class GuideBookParser
{
    public const int MaxGeneralLength = 300;
    public const int MaxLineLength = 200;

    private static readonly HashSet<string> RootKeys = ["general", "guides"];
    private static readonly HashSet<string> GuideKeys = ["kind", "category", "openings", "questions"];

    private static readonly Dictionary<string, GuideKind> Kinds = new(StringComparer.Ordinal)
    {
        ["hot-spot"] = GuideKind.HotSpot,
        ["talk-about-it"] = GuideKind.TalkAboutIt,
        ["close"] = GuideKind.Close,
        ["unsure"] = GuideKind.Unsure,
        ["blind-spot"] = GuideKind.BlindSpot,
    };

    /// <exception cref="CatalogueException">The file is not a valid guide book for this catalogue.</exception>
    public static GuideBook Parse(string text, string file, BehaviourCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var root = YamlNodeReader.LoadMapping(text, file, "'general' and 'guides'");
        var reader = new YamlNodeReader(file);
        reader.OnlyKeys(root, RootKeys);
        var general = reader.TextList(root, "general", 1, 12, MaxGeneralLength);

        var guides = new Dictionary<(GuideKind, string), ConversationGuide>();
        foreach (var node in reader.Sequence(root, "guides"))
        {
            var map = reader.Mapping(node, "a guide");
            reader.OnlyKeys(map, GuideKeys);
            var kindText = reader.SlugValue(map, "kind");
            if (!Kinds.TryGetValue(kindText, out var kind))
            {
                throw reader.Error(map.Children[new YamlScalarNode("kind")], $"'{kindText}' is not a kind of guide (expected one of: {string.Join(", ", Kinds.Keys)}).");
            }

            var category = reader.SlugValue(map, "category");
            if (catalogue.FindCategory(category) is null)
            {
                throw reader.Error(map.Children[new YamlScalarNode("category")], $"the category '{category}' is not in the behaviour catalogue.");
            }

            var guide = new ConversationGuide(
                kind,
                category,
                reader.TextList(map, "openings", 1, 5, MaxLineLength),
                reader.TextList(map, "questions", 3, 6, MaxLineLength));
            if (!guides.TryAdd((kind, category), guide))
            {
                throw reader.Error(map, $"there is already a '{kindText}' guide for '{category}'.");
            }
        }

        var missing = Kinds
            .SelectMany(k => catalogue.Categories.Select(c => (k.Key, k.Value, c.Id)))
            .FirstOrDefault(x => !guides.ContainsKey((x.Value, x.Id)));
        if (missing.Key is not null)
        {
            var guidesKey = root.Children.Keys.First(k => k is YamlScalarNode { Value: "guides" });
            throw reader.Error(guidesKey, $"there is no '{missing.Key}' guide for the category '{missing.Id}'; every kind needs a guide in every category.");
        }

        return new GuideBook(general, [.. guides.Values]);
    }
}
