using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class InviteModel(CircleAccess circles) : MemberPageModel
{
    public CircleView Circle { get; private set; } = null!;

    /// <summary>Shown once, right after it is made; only its hash is kept.</summary>
    public string? Code { get; private set; }

    public string? Link { get; private set; }

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

        Circle = circle;
        if (!circle.IsFull)
        {
            Code = await circles.CreateInviteAsync(circle);
            Link = $"{Request.Scheme}://{Request.Host}/join?code={Code}";
        }

        return Page();
    }
}
