using SamePage.Core.Catalogue;

namespace SamePage.Web.Content;

/// <summary>
/// The content folder (`content/&lt;locale&gt;/`), read once at start-up. An operator can point
/// `SamePage:ContentDirectory` at a folder of their own.
/// </summary>
public sealed class ContentLibrary(IConfiguration configuration)
{
    public const string DefaultLocale = "en";

    private BehaviourCatalogue? _catalogue;

    public string Directory { get; } = Path.GetFullPath(
        configuration["SamePage:ContentDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "content"));

    public BehaviourCatalogue Catalogue => _catalogue ?? Load();

    /// <exception cref="CatalogueException">A content file is missing or invalid.</exception>
    public BehaviourCatalogue Load()
    {
        var path = Path.Combine(Directory, DefaultLocale, "behaviours.yaml");
        if (!File.Exists(path))
        {
            throw new CatalogueException(path, 0, "the file does not exist. Check SamePage:ContentDirectory.");
        }

        _catalogue = CatalogueParser.Parse(File.ReadAllText(path), path);
        return _catalogue;
    }
}
