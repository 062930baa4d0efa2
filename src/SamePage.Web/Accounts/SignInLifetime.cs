using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SamePage.Web.Accounts;

/// <summary>
/// How long a sign-in lasts: it ends after <see cref="Idle"/> without a request (the cookie's sliding
/// expiry), and in any case <see cref="Absolute"/> after the passphrase was typed, however busy the
/// session was. The time of the sign-in travels inside the encrypted cookie; the server keeps only
/// the day (<see cref="SessionRecords"/>), which ends a session sooner when someone asks it to.
/// </summary>
public static class SignInLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromHours(8);

    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    /// <summary>The key, in the cookie's authentication properties, of when the passphrase was typed.</summary>
    public const string SignedInAtKey = "samepage.signed-in-at";

    public static void Apply(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ExpireTimeSpan = Idle;
        options.SlidingExpiration = true;

        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // A refresh of an existing sign-in (e.g. after a settings change) keeps its original time.
            if (!context.Properties.Items.ContainsKey(SignedInAtKey))
            {
                context.Properties.Items[SignedInAtKey] = Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture);
            }

            return signingIn(context);
        };

        var validate = options.Events.OnValidatePrincipal; // the server-side session check: keep it
        options.Events.OnValidatePrincipal = async context =>
        {
            if (!IsCurrent(context.Properties, Now(context.HttpContext)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
    }

    /// <summary>A cookie that does not say when its sign-in happened (or is from the future) is not current.</summary>
    public static bool IsCurrent(AuthenticationProperties properties, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.Items.TryGetValue(SignedInAtKey, out var text)
            && DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
            && signedInAt <= now + TimeSpan.FromMinutes(5)
            && now - signedInAt < Absolute;
    }

    private static DateTimeOffset Now(HttpContext context) =>
        context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
