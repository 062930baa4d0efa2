using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SamePage.Web.Accounts;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// A signed-in session whose key no longer opens what it asks for (the passphrase was reset
/// elsewhere, the account was upgraded meanwhile): it signs out and asks to sign in again, which
/// opens the key afresh, instead of showing an error page.
/// </summary>
public static class MissingKeys
{
    public static IApplicationBuilder UseMissingKeysSignIn(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (KeysUnavailableException) when (!context.Response.HasStarted && context.User.Identity?.IsAuthenticated == true)
            {
                // Cleared first: clearing afterwards would drop the sign-out's cookie and loop back here.
                context.Response.Clear();
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                var back = HttpMethods.IsGet(context.Request.Method) ? context.Request.Path.Value : "/";
                context.Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(back ?? "/"));
            }
        });
}
