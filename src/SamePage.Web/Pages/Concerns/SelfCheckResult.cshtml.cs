using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;

namespace SamePage.Web.Pages.Concerns;

/// <summary>
/// One of the signed-in member's own self-checks, with its path's next steps. The address names a
/// self-check, never a person, and only its author ever gets anything but a 404.
/// </summary>
public sealed class SelfCheckResultModel(CircleAccess circles, SelfCheckDesk selfChecks, ConcernDraftDesk drafts, SelfCheckWords words)
    : CirclePageModel(circles)
{
    public SelfCheckView Check { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid selfCheckId) =>
        await OpenAsync(id, selfCheckId) ? Page() : NotFound();

    /// <summary>Makes a new private concern draft from this self-check; the member edits it and decides whether to share.</summary>
    public async Task<IActionResult> OnPostMessageAsync(Guid id, Guid selfCheckId)
    {
        if (!await OpenAsync(id, selfCheckId))
        {
            return NotFound();
        }

        var concernId = await drafts.CreateAsync(Circle, words.Message(Check), clauseText: null, fromSelfCheck: true);
        return Redirect($"{CirclePath}/concerns/{concernId}/edit");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid selfCheckId)
    {
        if (!await OpenAsync(id, selfCheckId))
        {
            return NotFound();
        }

        await selfChecks.DeleteAsync(Circle, selfCheckId);
        return Redirect($"{CirclePath}/self-check?notice=deleted");
    }

    private async Task<bool> OpenAsync(Guid id, Guid selfCheckId)
    {
        if (!await OpenCircleAsync(id) || await selfChecks.FindAsync(Circle, selfCheckId) is not { } check)
        {
            return false;
        }

        Check = check;
        return true;
    }
}
