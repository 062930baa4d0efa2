using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class LeaveModel(CircleAccess circles) : MemberPageModel
{
    public CircleView Circle { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var circle = await circles.OpenAsync(id, AccountId);
        if (circle is null)
        {
            return NotFound();
        }

        Circle = circle;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var circle = await circles.OpenAsync(id, AccountId);
        if (circle is null)
        {
            return NotFound();
        }

        await circles.LeaveAsync(circle);
        return Redirect("/circles?left=1");
    }
}
