using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Web.Safety;

namespace SamePage.Web.Pages;

/// <summary>Confidential help: hotlines by country, picked by the visitor (never guessed from where they are).</summary>
public sealed class HelpModel(ResourceDirectory resources) : PageModel
{
    /// <summary>Every country, those with a line in the reader's language first.</summary>
    public IReadOnlyList<CountryResources> Countries => resources.OrderedFor(Language);

    /// <summary>The lines that answer in the reader's language (none for English).</summary>
    public IReadOnlyList<CountryResources> InYourLanguage => resources.InLanguage(Language);

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public CountryResources? Chosen { get; private set; }

    public void OnGet(string? country) => Chosen = resources.Find(country);

    /// <summary>The countries to list under the chosen one (or all of them, when none is chosen).</summary>
    public IEnumerable<CountryResources> Others => Countries.Where(c => c != Chosen);
}
