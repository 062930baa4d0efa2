using SamePage.Core.Catalogue;
using SamePage.Core.Guides;

namespace SamePage.Web.Content;

/// <summary>
/// The content folder (`content/&lt;locale&gt;/`), read once at start-up. An operator can point
/// `SamePage:ContentDirectory` at a folder of their own.
/// </summary>
public sealed class ContentLibrary(IConfiguration configuration)
{
    public const string DefaultLocale = "en";

    private BehaviourCatalogue? _catalogue;
    private GuideBook? _guides;

    public string Directory { get; } = Path.GetFullPath(
        configuration["SamePage:ContentDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "content"));

    public BehaviourCatalogue Catalogue => _catalogue ?? Load().Catalogue;

    public GuideBook Guides => _guides ?? Load().Guides;

    /// <summary>Reads and validates every content file.</summary>
    /// <exception cref="CatalogueException">A content file is missing or invalid.</exception>
    public (BehaviourCatalogue Catalogue, GuideBook Guides) Load()
    {
        var catalogue = CatalogueParser.Parse(Read("behaviours.yaml", out var behavioursPath), behavioursPath);
        var guides = GuideBookParser.Parse(Read("guides.yaml", out var guidesPath), guidesPath, catalogue);
        (_catalogue, _guides) = (catalogue, guides);
        return (catalogue, guides);
    }

    private string Read(string name, out string path)
    {
        path = Path.Combine(Directory, DefaultLocale, name);
        if (!File.Exists(path))
        {
            throw new CatalogueException(path, 0, "the file does not exist. Check SamePage:ContentDirectory.");
        }

        return File.ReadAllText(path);
    }
}
