using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Core.Safety;
using SamePage.Web.Safety;

namespace SamePage.Web.Pages;

/// <summary>
/// The private safety check: answered on one page, assessed on the server and shown back at once.
/// Nothing is stored or logged, and the answers never go into an address (they are posted).
/// </summary>
public sealed class SafetyCheckModel(ResourceDirectory resources, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public Dictionary<string, string> Answers { get; set; } = [];

    public SafetyLevel? Level { get; private set; }

    public IReadOnlyList<ControlArea> Areas { get; private set; } = [];

    /// <summary>Every country, those with a line in the reader's language first.</summary>
    public IReadOnlyList<CountryResources> Countries => resources.OrderedFor(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public void OnGet()
    {
    }

    public void OnPost()
    {
        var read = new Dictionary<string, Frequency>(StringComparer.Ordinal);
        foreach (var question in SafetyCheck.Questions)
        {
            if (Answers.TryGetValue(question.Id, out var posted) && Enum.TryParse<Frequency>(posted, ignoreCase: false, out var frequency) && Enum.IsDefined(frequency))
            {
                read[question.Id] = frequency;
            }
        }

        (Level, Areas) = SafetyCheck.Assess(read);
    }

    public string Question(SafetyQuestion question) => question?.Id switch
    {
        "afraid" => l["Do you feel afraid of your partner, or of how they might react?"],
        "phone-checked" => l["Does a partner check your phone, messages or accounts, or ask for your passwords?"],
        "whereabouts" => l["Are you expected to share where you are at all times, or prove where you've been?"],
        "kept-from-people" => l["Are you kept from seeing friends or family, or made to feel bad for seeing them?"],
        "money" => l["Does a partner control your money, or whether you work or study?"],
        "kept-from-help" => l["Are you discouraged from talking to a doctor, counsellor or anyone else for support?"],
        "threats" => l["Has a partner threatened you, or threatened to hurt themselves, to get their way?"],
        "appearance" => l["Does a partner decide what you wear or how you look?"],
        _ => l["Do you feel pressured into sexual things you don't want?"],
    };

    public string Area(ControlArea area) => area switch
    {
        ControlArea.Fear => l["feeling afraid"],
        ControlArea.Monitoring => l["being checked on or watched"],
        ControlArea.Isolation => l["being kept from people"],
        ControlArea.Economic => l["control over money or work"],
        ControlArea.Support => l["being kept from help"],
        ControlArea.Coercion => l["threats"],
        ControlArea.Appearance => l["control over how you look"],
        _ => l["pressure about sex"],
    };

    public string Frequency(Frequency frequency) => frequency switch
    {
        Core.Safety.Frequency.Often => l["Often"],
        Core.Safety.Frequency.Sometimes => l["Sometimes"],
        _ => l["No"],
    };

    public bool IsChecked(string questionId, Frequency frequency) =>
        Answers.TryGetValue(questionId, out var posted) && posted == frequency.ToString();
}
