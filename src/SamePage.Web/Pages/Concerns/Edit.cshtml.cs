using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Concerns;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Pages.Concerns;

/// <summary>
/// The author edits their private draft. The form carries the version it was loaded at, so a save from
/// a stale tab never overwrites newer writing; once shared, a concern is no longer edited.
/// </summary>
public sealed class EditModel(CircleAccess circles, ConcernDesk concerns, ConcernDraftDesk drafts, AgreementVersionDesk agreements, IStringLocalizer<SharedResource> l)
    : DraftPageModel(circles, concerns, drafts, agreements, l)
{
    [BindProperty]
    public int Version { get; set; }

    public bool ChangedElsewhere { get; private set; }

    /// <summary>After a crossed save: the draft as saved meanwhile.</summary>
    public ConcernDocument? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid concernId)
    {
        if (await OpenDraftAsync(id, concernId) is { } elsewhere)
        {
            return elsewhere;
        }

        Form = ConcernForm.From(Concern.Document);
        Version = Concern.Version;
        await LoadClausesAsync(Concern.Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid concernId)
    {
        if (await OpenDraftAsync(id, concernId) is { } elsewhere)
        {
            return elsewhere;
        }

        await LoadClausesAsync(Concern.Document);
        if (!Check())
        {
            return Page();
        }

        var (outcome, current) = await Drafts.SaveDraftAsync(Circle, concernId, Version, Form.ToDraft(), ChosenClauseText());
        switch (outcome)
        {
            case DraftSave.Saved:
                return Redirect($"{ThisConcernPath}?notice=saved");
            case DraftSave.ChangedElsewhere:
                // Keep what was typed in the form; show what was saved meanwhile; saving again is a deliberate choice.
                ChangedElsewhere = true;
                Saved = current!.Document;
                Version = current.Version;
                ModelState.Remove(nameof(Version));
                return Page();
            case DraftSave.AlreadyShared:
                return Redirect($"{ThisConcernPath}?notice=already-shared");
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid concernId)
    {
        if (await OpenDraftAsync(id, concernId) is { } elsewhere)
        {
            return elsewhere;
        }

        return await Drafts.DeleteDraftAsync(Circle, concernId)
            ? Redirect($"{ConcernsPath}?notice=deleted")
            : Redirect($"{ThisConcernPath}?notice=already-shared");
    }

    /// <summary>Null when the author may edit this draft; otherwise where to go (404 for anyone else, the concern once shared).</summary>
    private async Task<IActionResult?> OpenDraftAsync(Guid id, Guid concernId)
    {
        if (!await OpenConcernAsync(id, concernId))
        {
            return NotFound();
        }

        return Concern.Case.CanEdit(Circle.Me.MembershipId) switch
        {
            EditOutcome.Allowed => null,
            EditOutcome.AlreadyShared or EditOutcome.NotTheAuthor => Redirect($"{ThisConcernPath}?notice=already-shared"),
            _ => NotFound(),
        };
    }
}
