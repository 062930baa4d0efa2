using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;

namespace SamePage.Tests.Common;

/// <summary>
/// A service scope acting as a signed-in person, for arranging data through the app's own desks:
/// the person's key is opened with their passphrase, exactly as signing in does, and carried the
/// way the sign-in cookie carries it.
/// </summary>
public static class SignedInScope
{
    /// <summary>
    /// Makes the scope act as the person; returns their account. Not async itself on purpose: the
    /// request context must be set in the caller's flow (an async method's changes to it don't flow back).
    /// </summary>
    public static Task<Account> ActAsAsync(IServiceScope scope, string username, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var context = new DefaultHttpContext();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        return SignInAsync(scope, context, username, passphrase);
    }

    private static async Task<Account> SignInAsync(IServiceScope scope, HttpContext context, string username, string passphrase)
    {
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByNameAsync(username)
            ?? throw new InvalidOperationException($"No account {username}.");
        var key = AccountKeys.OpenWithPassphrase(account, passphrase) ?? throw new InvalidOperationException($"The passphrase does not open {username}'s key.");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()), KeyRing.ClaimFor(key)], "test");
        context.User = new ClaimsPrincipal(identity);
        return account;
    }
}
