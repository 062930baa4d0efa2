using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Core.Styles;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>
/// "How I connect": the optional last page of the questionnaire, about how I talk, reply and keep in
/// touch. Saved into the same sealed draft as the answers, revealed with them; every item can be skipped.
/// </summary>
public sealed class StylesModel(CircleAccess circles, RoundDesk rounds, DraftDesk drafts, ContentLibrary content, RoundWords words) : RoundPageModel(circles, rounds)
{
    /// <summary>Item id → step ("0" to "4"); an empty value means "rather not say".</summary>
    [BindProperty]
    public Dictionary<string, string> Styles { get; set; } = [];

    public StyleBook Book => content.Styles;

    public bool Saved { get; private set; }

    public string LastCategoryPath => $"{RoundPath}/answer/{Catalogue.Categories[^1].Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, int number, bool saved = false)
    {
        if (!await OpenAsync(id, number) || Book.Items.Count == 0)
        {
            return NotFound();
        }

        if (!State.CanEdit(Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        Sheet = await Rounds.SheetAsync(Circle, Round, Circle.Me.MembershipId);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int number, string? go)
    {
        if (!await OpenAsync(id, number) || Book.Items.Count == 0)
        {
            return NotFound();
        }

        return await SaveAsync(drafts, ReadChanges(), () => go switch
        {
            "previous" => LastCategoryPath,
            "review" => $"{RoundPath}/review",
            _ => $"{RoundPath}/answer/{RoundDesk.StylePage}?saved=true",
        });
    }

    /// <summary>Autosave (JavaScript), as on the other pages; the progress counts the behaviours, which this page leaves alone.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number) || Book.Items.Count == 0)
        {
            return NotFound();
        }

        return await AutosaveAsync(drafts, ReadChanges(), words);
    }

    public int? Current(string itemId)
    {
        if (Styles.TryGetValue(itemId, out var posted) && (string.IsNullOrEmpty(posted) || TryStep(posted, out _)))
        {
            return TryStep(posted, out var step) ? step : null;
        }

        return Sheet.Styles.TryGetValue(itemId, out var saved) ? saved : null;
    }

    private static bool TryStep(string? text, out int step) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out step) && StyleBook.IsStep(step);

    private DraftChanges ReadChanges()
    {
        var styles = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var item in Book.Items)
        {
            if (!Styles.TryGetValue(item.Id, out var posted))
            {
                continue;
            }

            if (string.IsNullOrEmpty(posted))
            {
                styles[item.Id] = null;
            }
            else if (TryStep(posted, out var step))
            {
                styles[item.Id] = step;
            }
            else
            {
                HadUnreadableAnswer = true;
            }
        }

        return new DraftChanges(new Dictionary<string, Stance>(), new Dictionary<(string, Guid), Stance?>(), RoundDesk.StylePage, styles);
    }
}
