using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class LeaveModel(CircleAccess circles) : CirclePageModel(circles)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        await Circles.LeaveAsync(Circle);
        return Redirect("/circles?left=1");
    }
}
