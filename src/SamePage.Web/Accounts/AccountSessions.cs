using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;

namespace SamePage.Web.Accounts;

/// <summary>
/// Checks each signed-in request: a session without a key (a cookie from before user-held keys)
/// signs in again; Identity's own security stamp check runs, unchanged; and the account must still
/// exist, so that deleting an account ends its sessions on every device at once, rather than when
/// the security stamp is next checked.
/// </summary>
public static class AccountSessions
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!KeyRing.HasKey(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } claim
            || !Guid.TryParse(claim, CultureInfo.InvariantCulture, out var accountId))
        {
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<SamePageDb>();
        if (!await db.Users.AsNoTracking().AnyAsync(u => u.Id == accountId))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
