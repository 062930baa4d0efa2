using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SamePage.Web.Circles;

/// <summary>A page for signed-in people, which knows whose account is asking.</summary>
public abstract class MemberPageModel : PageModel
{
    protected Guid AccountId =>
        Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."), CultureInfo.InvariantCulture);
}
