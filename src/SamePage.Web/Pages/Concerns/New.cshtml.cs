using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;

namespace SamePage.Web.Pages.Concerns;

/// <summary>A new concern, written privately: saving keeps a draft only its author can see.</summary>
public sealed class NewModel(CircleAccess circles, ConcernDesk concerns, ConcernDraftDesk drafts, AgreementVersionDesk agreements, IStringLocalizer<SharedResource> l)
    : DraftPageModel(circles, concerns, drafts, agreements, l)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        await LoadClausesAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        await LoadClausesAsync(null);
        if (!Check())
        {
            return Page();
        }

        var concernId = await Drafts.CreateAsync(Circle, Form.ToDraft(), ChosenClauseText());
        return Redirect($"{ConcernPath(concernId)}?notice=saved");
    }
}
