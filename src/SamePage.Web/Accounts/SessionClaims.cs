using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>
/// What the (encrypted) sign-in cookie carries besides who is signed in: the discreet-mode choice and
/// the time zone the person reads times in, so every page can honour them without a database read, and — when the cookie is re-issued, e.g.
/// after changing a setting — the person's key from the cookie it replaces.
/// </summary>
public sealed class SessionClaims(UserManager<Account> users, IOptions<IdentityOptions> options, IHttpContextAccessor http)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    public const string DiscreetClaimType = "samepage:discreet";

    public const string TimeZoneClaimType = "samepage:time-zone";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DiscreetMode)
        {
            identity.AddClaim(new Claim(DiscreetClaimType, "on"));
        }

        if (user.TimeZone is { Length: > 0 } zone)
        {
            identity.AddClaim(new Claim(TimeZoneClaimType, zone));
        }

        if (http.HttpContext?.User is { } current
            && current.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString()
            && current.FindFirst(KeyRing.ClaimType) is { } key)
        {
            identity.AddClaim(new Claim(KeyRing.ClaimType, key.Value));
        }

        return identity;
    }

    public static bool IsDiscreet(ClaimsPrincipal user) => user?.HasClaim(DiscreetClaimType, "on") == true;

    /// <summary>The security-stamp check re-issues the cookie from the database; the key comes along from the old one.</summary>
    public static Task KeepKey(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(KeyRing.ClaimType) is { } key
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == KeyRing.ClaimType))
        {
            identity.AddClaim(new Claim(KeyRing.ClaimType, key.Value));
        }

        return Task.CompletedTask;
    }
}
