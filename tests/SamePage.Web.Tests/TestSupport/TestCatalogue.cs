using SamePage.Core.Catalogue;
using SamePage.Core.Styles;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>The catalogue the app ships with (content/en/behaviours.yaml, copied beside the binaries).</summary>
public static class TestCatalogue
{
    private static readonly Lazy<BehaviourCatalogue> Loaded = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "content", "en", "behaviours.yaml");
        return CatalogueParser.Parse(File.ReadAllText(path), path);
    });

    public static BehaviourCatalogue Catalogue => Loaded.Value;

    public static IReadOnlyList<Behaviour> Behaviours => Catalogue.Behaviours;

    public static IReadOnlyList<Category> Categories => Catalogue.Categories;

    private static readonly Lazy<StyleBook> LoadedStyles = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "content", "en", "styles.yaml");
        return StyleBookParser.Parse(File.ReadAllText(path), path, Catalogue);
    });

    /// <summary>The "How I connect" items (content/en/styles.yaml).</summary>
    public static StyleBook Styles => LoadedStyles.Value;
}
