using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>
/// Checks each signed-in request with one query (none when this node checked the same session a
/// moment ago, <see cref="SessionCache"/>): the cookie must carry a key and a session id, and
/// that session must still stand on the server (<see cref="SessionRecords"/>) — so signing out, "sign
/// out everywhere else", a new passphrase or deleting the account ends it at once on the node that
/// ended it, and on every other node within <see cref="SessionCache.Lifetime"/>, for every copy of its cookie. The same query brings the account's discreet mode, time zone and language:
/// when another session changed them, this cookie is issued again with them.
/// </summary>
public static class AccountSessions
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (!KeyRing.HasKey(principal)
            || SessionRecords.IdOf(principal) is not { } sessionId
            || SessionRecords.AccountOrNull(principal) is not { } accountId)
        {
            await RejectAsync(context); // a cookie from before user-held keys or server-side sessions signs in again
            return;
        }

        var records = context.HttpContext.RequestServices.GetRequiredService<SessionRecords>();
        if (await records.FindAsync(sessionId, accountId) is not { } found)
        {
            await RejectAsync(context);
            return;
        }

        await records.SeenAsync(sessionId, accountId, found);
        if (found.Discreet != SessionClaims.IsDiscreet(principal!)
            || found.TimeZone != principal!.FindFirstValue(SessionClaims.TimeZoneClaimType)
            || found.Language != principal!.FindFirstValue(SessionClaims.LanguageClaimType))
        {
            await RefreshAsync(context, accountId);
        }
    }

    /// <summary>Signing out (the sign-out page, the quick exit, a lost key, a deleted account) ends the server's record too.</summary>
    public static Task SigningOutAsync(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.HttpContext.RequestServices.GetRequiredService<SessionRecords>().EndThisAsync(context.HttpContext.User);
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>A setting changed in another session: the cookie is made again from the account, keeping its key and session.</summary>
    private static async Task RefreshAsync(CookieValidatePrincipalContext context, Guid accountId)
    {
        var services = context.HttpContext.RequestServices;
        var account = await services.GetRequiredService<UserManager<Account>>().FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            await RejectAsync(context);
            return;
        }

        var fresh = await services.GetRequiredService<IUserClaimsPrincipalFactory<Account>>().CreateAsync(account);
        var identity = (ClaimsIdentity)fresh.Identity!;
        foreach (var type in new[] { KeyRing.ClaimType, SessionRecords.ClaimType })
        {
            if (!identity.HasClaim(c => c.Type == type) && context.Principal!.FindFirst(type) is { } claim)
            {
                identity.AddClaim(new Claim(type, claim.Value));
            }
        }

        context.ReplacePrincipal(fresh);
        context.ShouldRenew = true;
    }
}
