using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

/// <summary>
/// The circle's pulse for pages that wait: <c>{"stamp":"…"}</c>, a content-free stamp that moves when
/// someone submits, signs, joins or leaves, or a round or check-in is revealed. No names, no answers;
/// a 404 for anyone who is not a member, as for a circle that does not exist.
/// </summary>
public sealed class PulseModel(CircleStanding standing) : MemberPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await standing.StampAsync(id, AccountId) is not { } stamp)
        {
            return NotFound();
        }

        return new JsonResult(new PulseAnswer(stamp));
    }
}

/// <summary>What the pulse answers.</summary>
public sealed record PulseAnswer(string Stamp);
