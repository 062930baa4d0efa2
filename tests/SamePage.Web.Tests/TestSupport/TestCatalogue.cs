using SamePage.Core.Catalogue;

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
}
