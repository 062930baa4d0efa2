using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;
using SamePage.Web.SoundingBoards;

namespace SamePage.Web.Pages.SoundingBoard;

/// <summary>The person's own sounding-board links: what each shows, how long it lasts, when it was last opened, a note back; revoke.</summary>
[Authorize]
public sealed class IndexModel(SoundingBoardDesk desk) : MemberPageModel
{
    public IReadOnlyList<LinkSummary> Links { get; private set; } = [];

    public bool Revoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool revoked = false)
    {
        Revoked = revoked;
        Links = await desk.ListAsync(AccountId);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid link)
    {
        await desk.RevokeAsync(AccountId, link); // someone else's id, or one already gone, ends nothing and says the same
        return Redirect("/account/sounding-board?revoked=true");
    }
}
