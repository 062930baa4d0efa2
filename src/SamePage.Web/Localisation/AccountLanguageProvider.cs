using Microsoft.AspNetCore.Localization;
using SamePage.Web.Accounts;

namespace SamePage.Web.Localisation;

/// <summary>
/// The language kept with the signed-in person's account, carried in their sign-in cookie like
/// discreet mode (<see cref="SessionClaims"/>), so no page reads the database for it. Nothing when
/// nobody is signed in or the account has not chosen one: the language cookie, then the browser's
/// Accept-Language, decide.
/// </summary>
public sealed class AccountLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var code = Languages.Canonical(httpContext.User.FindFirst(SessionClaims.LanguageClaimType)?.Value);
        return Task.FromResult(code is null ? null : new ProviderCultureResult(code));
    }
}
