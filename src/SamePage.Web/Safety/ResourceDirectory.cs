using System.Text.Json;
using SamePage.Core.Catalogue;

namespace SamePage.Web.Safety;

/// <summary>
/// One confidential helpline: any of a number to call, a TTY number, a text instruction, a website, and
/// the languages it answers in (two-letter codes, like "es"), when known, so that readers of a language
/// see its lines first.
/// </summary>
public sealed record HelpLine(string Name, string? Call = null, string? Tty = null, string? Text = null, string? Web = null, string? Note = null, IReadOnlyList<string>? Languages = null)
{
    public bool Speaks(string? language) =>
        language is { Length: > 0 } && Languages?.Contains(language, StringComparer.OrdinalIgnoreCase) == true;
}

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

    /// <summary>The lines that answer in the reader's language, by country; none for English, whose readers see every list anyway.</summary>
    public IReadOnlyList<CountryResources> InLanguage(string? language) =>
        language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase)
            ? []
            : [.. Countries.Select(c => c with { Lines = [.. c.Lines.Where(l => l.Speaks(language))] }).Where(c => c.Lines.Count > 0)];

    /// <summary>Every country, those with a line in the reader's language first (otherwise in the list's order).</summary>
    public IReadOnlyList<CountryResources> OrderedFor(string? language) =>
        [.. Countries.OrderBy(c => c.Lines.Any(l => l.Speaks(language)) ? 0 : 1)];

    /// <summary>Facts checked when written (2026), each against a source that can be read (docs/SAFETY.md lists them); operators can replace them.</summary>
    public static ResourceDirectory Defaults { get; } = new(
    [
        new("US", "United States",
        [
            new("National Domestic Violence Hotline", Call: "1-800-799-7233", Tty: "1-800-787-3224", Text: "START to 88788", Web: "https://www.thehotline.org/", Note: "Chat at thehotline.org. Free, confidential, day and night.", Languages: ["en", "es"]),
            new("Línea Nacional contra la Violencia Doméstica", Call: "1-800-799-7233", Tty: "1-800-787-3224", Web: "https://espanol.thehotline.org/", Note: "The same hotline in Spanish: call the same number, or chat in Spanish at espanol.thehotline.org.", Languages: ["es"]),
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
        new("ES", "Spain",
        [
            new("016", Call: "016", Text: "WhatsApp 600 000 016", Note: "Information, legal advice and support for every form of violence against women. Free and confidential, day and night, in 53 languages; it leaves no trace on the phone bill, though it stays in the phone's call list. In an emergency, call 112.", Languages: ["es"]),
        ]),
        new("MX", "Mexico",
        [
            new("Línea de las Mujeres", Call: "079", Note: "Then choose option 1. A national line for women facing violence or danger. In an emergency, call 911.", Languages: ["es"]),
        ]),
        new("AR", "Argentina",
        [
            new("Línea 144", Call: "144", Note: "Free support and advice about gender-based violence, day and night. It is not an emergency line: in an emergency, call 911.", Languages: ["es"]),
        ]),
        new("CO", "Colombia",
        [
            new("Línea 155", Call: "155", Note: "Free, confidential guidance for women facing violence, nationwide, day and night. In an emergency, call 123.", Languages: ["es"]),
        ]),
        new("PY", "Paraguay",
        [
            new("SOS Mujer", Call: "137", Note: "Free, confidential guidance about domestic and family violence, nationwide, day and night.", Languages: ["es"]),
        ]),
        new("DE", "Germany",
        [
            new("Hilfetelefon Gewalt gegen Frauen", Call: "116 016", Web: "https://www.hilfetelefon.de/", Note: "For women facing any form of violence, and the people around them. Free and anonymous, day and night, in 18 languages; also by chat and email.", Languages: ["de"]),
            new("Hilfetelefon Gewalt an Männern", Call: "0800 1239900", Web: "https://www.maennerhilfetelefon.de/", Note: "For men facing violence, and the people around them; also by chat.", Languages: ["de"]),
        ]),
        new("AT", "Austria",
        [
            new("Frauenhelpline gegen Gewalt", Call: "0800 222 555", Web: "https://www.frauenhelpline.at/", Note: "For women facing violence, and the people around them. Free and anonymous, day and night, in several languages.", Languages: ["de"]),
        ]),
        new("CH", "Switzerland",
        [
            new("Die Dargebotene Hand", Call: "143", Web: "https://www.143.ch/", Note: "Someone to talk to about anything, in German, French or Italian. Free and anonymous, day and night.", Languages: ["de"]),
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
