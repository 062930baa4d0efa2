using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;

namespace SamePage.Web.Operations.Seeding;

/// <summary>
/// Sign-in cookies for sample members, made as signing in makes them: a new server-side session,
/// the claims the app's principal factory gives, and the ticket protected with the app's own key
/// ring, so a server on the same data accepts them. The file's lines are tab-separated:
/// the Cookie header value, the circle, its revealed round, its open round, a category and a behaviour of it.
/// </summary>
public static class SeedCookies
{
    public static async Task<SeededSample> SignInAsync(IServiceProvider services, HttpContext context, SeededSample sample)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sample);
        var session = await services.GetRequiredService<SessionRecords>().BeginAsync(sample.Member.Id);
        var acting = sample.Member.Principal.Clone();
        ((ClaimsIdentity)acting.Identity!).AddClaim(session);
        context.User = acting; // the principal factory carries the key and session over from the current user
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<Account>>().CreateAsync(sample.Member.Account);
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + SignInLifetime.Idle };
        properties.Items[SignInLifetime.SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
        var value = options.TicketDataFormat.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme));
        return sample with { Cookie = $"{options.Cookie.Name}={value}" };
    }

    public static string Line(SeededSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return string.Join('\t', sample.Cookie, sample.CircleId.ToString(), sample.RevealedRound.ToString(CultureInfo.InvariantCulture),
            sample.OpenRound.ToString(CultureInfo.InvariantCulture), sample.Category, sample.Behaviour);
    }
}
