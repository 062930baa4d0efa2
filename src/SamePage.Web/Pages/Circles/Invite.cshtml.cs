using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Circles;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Circles;

public sealed class InviteModel(CircleAccess circles, CircleInvites invites, TimeProvider clock, PublicAddress address) : CirclePageModel(circles)
{
    /// <summary>Shown once, right after it is made; only its hash is kept.</summary>
    public string? Code { get; private set; }

    public string? Link { get; private set; }

    /// <summary>The day the invite stops working, said plainly beside it.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>The circle's invites still waiting to be used (never their codes).</summary>
    public IReadOnlyList<OpenInvite> Open { get; private set; } = [];

    /// <summary>A new invite was asked for while the circle already had as many open as it may.</summary>
    public bool TooMany { get; private set; }

    /// <summary>After revoking: true when an invite stopped working, false when it had already.</summary>
    public bool? Revoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Open = await invites.ListAsync(Circle);
        TooMany = Open.Count >= CircleRules.MaxOpenInvites;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        if (!Circle.IsFull && !Circle.IsDemo)
        {
            Code = await invites.CreateAsync(Circle);
            TooMany = Code is null;
            if (Code is not null)
            {
                HttpContext.ShowsSecret();
                Link = address.Link(Request, $"/join?code={Code}").AbsoluteUri;
                ExpiresOn = DateOnly.FromDateTime((clock.GetUtcNow() + CircleRules.DefaultInviteLifetime).UtcDateTime);
            }
        }

        Open = await invites.ListAsync(Circle);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid invite)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Revoked = await invites.RevokeAsync(Circle, invite);
        Open = await invites.ListAsync(Circle);
        return Page();
    }
}
