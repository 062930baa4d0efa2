using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Catalogue;
using SamePage.Core.Concerns;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Concerns;

/// <summary>
/// A private self-check: which behaviours (from the circle's catalogue, or in one's own words) and why.
/// Behaviours that belong to a person's own freedom (the catalogue's autonomy items) are not offered:
/// nobody should be led to check themselves for seeing friends or having their own money.
/// </summary>
public sealed class SelfCheckModel(CircleAccess circles, SelfCheckDesk selfChecks, CircleCatalogue catalogues, IStringLocalizer<SharedResource> l)
    : CirclePageModel(circles)
{
    [BindProperty]
    public List<string> Behaviours { get; set; } = [];

    [BindProperty]
    public string? Doing { get; set; }

    [BindProperty]
    public SelfCheckReason? Reason { get; set; }

    [BindProperty]
    public string? Why { get; set; }

    public BehaviourCatalogue Catalogue { get; private set; } = null!;

    public IReadOnlyList<SelfCheckView> Earlier { get; private set; } = [];

    public IReadOnlyList<SelfCheckProblem> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? notice)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Notice = notice == "deleted" ? l["That self-check was deleted."].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var entry = new SelfCheckEntry(Behaviours, Doing ?? string.Empty, Reason, Why ?? string.Empty).Normalized(IsOffered);
        Problems = entry.Check();
        if (Problems.Count > 0)
        {
            Behaviours = [.. entry.BehaviourIds];
            return Page();
        }

        var selfCheckId = await selfChecks.CreateAsync(Circle, entry, behaviourId => Catalogue.Find(behaviourId)!.Label);
        return Redirect($"{CirclePath}/self-check/{selfCheckId}");
    }

    public IEnumerable<Behaviour> Offered(string categoryId) => Catalogue.InCategory(categoryId).Where(b => !b.Autonomy);

    public bool Ticked(string behaviourId) => Behaviours.Contains(behaviourId, StringComparer.Ordinal);

    public bool Has(SelfCheckProblem problem) => Problems.Contains(problem);

    public string AnchorFor(SelfCheckProblem problem) => problem switch
    {
        SelfCheckProblem.NothingChosen => "behaviours",
        SelfCheckProblem.NoReason => "reasons",
        SelfCheckProblem.DoingTooLong => "doing",
        _ => "why",
    };

    public string Message(SelfCheckProblem problem) => problem switch
    {
        SelfCheckProblem.NothingChosen => l["Please tick a behaviour or write a few words about what you've been doing."],
        SelfCheckProblem.NoReason => l["Please choose the reason that comes closest, even if it's only partly right."],
        SelfCheckProblem.DoingTooLong => l["What you've been doing is {0} characters long, over the limit of {1}. Your text is still here; please shorten it.", Length(Doing), ConcernWords.Limit],
        _ => l["Why is {0} characters long, over the limit of {1}. Your text is still here; please shorten it.", Length(Why), ConcernWords.Limit],
    };

    private static string Length(string? text) => ConcernText.Length(text).ToString("N0", CultureInfo.CurrentCulture);

    private bool IsOffered(string behaviourId) => Catalogue.Find(behaviourId) is { Autonomy: false };

    private async Task<bool> LoadAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return false;
        }

        Catalogue = await catalogues.ForRoundAsync(Circle, int.MaxValue);
        Earlier = await selfChecks.ListAsync(Circle);
        return true;
    }
}
