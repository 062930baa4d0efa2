using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Circles;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Circles;

public sealed class InviteModel(CircleAccess circles, TimeProvider clock, PublicAddress address) : CirclePageModel(circles)
{
    /// <summary>Shown once, right after it is made; only its hash is kept.</summary>
    public string? Code { get; private set; }

    public string? Link { get; private set; }

    /// <summary>The day the invite stops working, said plainly beside it.</summary>
    public DateOnly? ExpiresOn { get; private set; }

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

        if (!Circle.IsFull)
        {
            Code = await Circles.CreateInviteAsync(Circle);
            HttpContext.ShowsSecret();
            Link = address.Link(Request, $"/join?code={Code}").AbsoluteUri;
            ExpiresOn = DateOnly.FromDateTime((clock.GetUtcNow() + CircleRules.DefaultInviteLifetime).UtcDateTime);
        }

        return Page();
    }
}
