using System.Text.Json;
using SamePage.Core.Catalogue;

namespace SamePage.Web.Safety;

/// <summary>One confidential helpline: any of a number to call, a TTY number, a text instruction, a website.</summary>
public sealed record HelpLine(string Name, string? Call = null, string? Tty = null, string? Text = null, string? Web = null, string? Note = null);

/// <summary>The helplines of one country (or "everywhere").</summary>
public sealed record CountryResources(string Code, string Name, IReadOnlyList<HelpLine> Lines);

/// <summary>
/// Hotlines by country (issue 5, "Resources"). Chosen with a picker: no geolocation, no look-up of the
/// visitor's address. An operator replaces the whole list with a JSON file named by `SamePage:ResourcesFile`.
/// </summary>
public sealed class ResourceDirectory
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public ResourceDirectory(IReadOnlyList<CountryResources> countries) => Countries = countries;

    public IReadOnlyList<CountryResources> Countries { get; }

    public CountryResources? Find(string? code) =>
        Countries.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Facts checked when written (2026); operators can replace them.</summary>
    public static ResourceDirectory Defaults { get; } = new(
    [
        new("US", "United States",
        [
            new("National Domestic Violence Hotline", Call: "1-800-799-7233", Tty: "1-800-787-3224", Text: "START to 88788", Web: "https://www.thehotline.org/", Note: "Chat at thehotline.org. Free, confidential, day and night."),
        ]),
        new("GB", "United Kingdom",
        [
            new("National Domestic Abuse Helpline", Call: "0808 2000 247", Note: "Free, confidential, day and night."),
            new("Men's Advice Line", Call: "0808 801 0327", Note: "For men experiencing domestic abuse."),
        ]),
        new("AU", "Australia",
        [
            new("1800RESPECT", Call: "1800 737 732", Web: "https://www.1800respect.org.au/", Note: "Free, confidential, day and night."),
        ]),
        new("IE", "Ireland",
        [
            new("Women's Aid National Freephone Helpline", Call: "1800 341 900", Note: "Free, confidential, day and night."),
        ]),
        new("CA", "Canada",
        [
            new("ShelterSafe", Web: "https://www.sheltersafe.ca/", Note: "Canada has no single national line: ShelterSafe lists local crisis lines and shelters on a map."),
        ]),
        new("XX", "Everywhere",
        [
            new("Emergency services", Note: "If you are in danger right now, call your local emergency number."),
        ]),
    ]);

    /// <summary>The defaults, or the operator's file when `SamePage:ResourcesFile` names one.</summary>
    /// <exception cref="CatalogueException">The file is missing or not a valid list.</exception>
    public static ResourceDirectory From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["SamePage:ResourcesFile"] is not { Length: > 0 } path)
        {
            return Defaults;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CatalogueException(full, 0, "the resources file does not exist. Check SamePage:ResourcesFile.");
        }

        List<CountryResources>? countries;
        try
        {
            countries = JsonSerializer.Deserialize<List<CountryResources>>(File.ReadAllText(full), Json);
        }
        catch (JsonException e)
        {
            throw new CatalogueException(full, (int)(e.LineNumber ?? 0) + 1, "the file is not a valid JSON list of countries with their lines.");
        }

        if (countries is null || countries.Count == 0 || countries.Any(c => string.IsNullOrWhiteSpace(c.Code) || string.IsNullOrWhiteSpace(c.Name) || c.Lines is null || c.Lines.Count == 0 || c.Lines.Any(l => string.IsNullOrWhiteSpace(l.Name))))
        {
            throw new CatalogueException(full, 0, "every country needs a code, a name and at least one line with a name.");
        }

        return new ResourceDirectory(countries);
    }
}
