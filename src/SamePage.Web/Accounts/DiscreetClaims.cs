using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>Puts the person's discreet-mode choice into their (encrypted) sign-in cookie, so every page can honour it without a database read.</summary>
public sealed class DiscreetClaims(UserManager<Account> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    public const string ClaimType = "samepage:discreet";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DiscreetMode)
        {
            identity.AddClaim(new Claim(ClaimType, "on"));
        }

        return identity;
    }

    public static bool IsOn(ClaimsPrincipal user) => user?.HasClaim(ClaimType, "on") == true;
}
