using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>
/// What the (encrypted) sign-in cookie carries besides who is signed in: the discreet-mode choice,
/// the time zone the person reads times in and the language they read SamePage in, so every page can honour them without a database read, and — when the cookie is re-issued, e.g.
/// after changing a setting — the person's key and session id from the cookie it replaces.
/// </summary>
public sealed class SessionClaims(UserManager<Account> users, IOptions<IdentityOptions> options, IHttpContextAccessor http, SessionCache sessions)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    public const string DiscreetClaimType = "samepage:discreet";

    public const string TimeZoneClaimType = "samepage:time-zone";

    public const string LanguageClaimType = "samepage:language";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        sessions.ForgetAccount(user.Id); // a cookie made again from the account (a setting changed): checks read it afresh
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DiscreetMode)
        {
            identity.AddClaim(new Claim(DiscreetClaimType, "on"));
        }

        if (user.TimeZone is { Length: > 0 } zone)
        {
            identity.AddClaim(new Claim(TimeZoneClaimType, zone));
        }

        if (user.Language is { Length: > 0 } language)
        {
            identity.AddClaim(new Claim(LanguageClaimType, language));
        }

        if (http.HttpContext?.User is { } current
            && current.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString())
        {
            foreach (var type in new[] { KeyRing.ClaimType, SessionRecords.ClaimType })
            {
                if (current.FindFirst(type) is { } kept)
                {
                    identity.AddClaim(new Claim(type, kept.Value));
                }
            }
        }

        return identity;
    }

    public static bool IsDiscreet(ClaimsPrincipal user) => user?.HasClaim(DiscreetClaimType, "on") == true;
}
