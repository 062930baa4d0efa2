using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;

namespace SamePage.Web.Accounts;

/// <summary>
/// The keys of the signed-in person for this request: their own key, carried only inside their
/// Data Protection–encrypted sign-in cookie, and the keys of their circles, unwrapped with it from
/// their memberships. Nothing here is stored or logged.
/// </summary>
public sealed class KeyRing(IHttpContextAccessor http, SamePageDb db, LegacySealer legacy)
{
    public const string ClaimType = "samepage:key";

    private readonly Dictionary<Guid, SealingKey> _circles = [];

    /// <summary>The signed-in person's own key.</summary>
    /// <exception cref="KeysUnavailableException">Nobody is signed in with a key.</exception>
    public SealingKey Personal
    {
        get
        {
            var user = http.HttpContext?.User;
            var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
            var key = user is null ? null : KeyOf(user);
            return id is null || key is null
                ? throw new KeysUnavailableException()
                : SealingKey.Personal(Guid.Parse(id, CultureInfo.InvariantCulture), key);
        }
    }

    /// <summary>The key of a circle the signed-in person belongs to.</summary>
    /// <exception cref="KeysUnavailableException">They are not a member, or hold no key for it.</exception>
    public async Task<SealingKey> CircleAsync(Guid circleId)
    {
        if (_circles.TryGetValue(circleId, out var known))
        {
            return known;
        }

        var personal = Personal;
        var membership = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.CircleId == circleId && m.AccountId == personal.Id);
        return await OpenAsync(personal, circleId, membership);
    }

    /// <summary>The key of a circle, from the signed-in person's membership row already loaded (no second read).</summary>
    /// <exception cref="KeysUnavailableException">The row is not theirs, or holds no key.</exception>
    public Task<SealingKey> CircleAsync(Membership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (_circles.TryGetValue(membership.CircleId, out var known))
        {
            return Task.FromResult(known);
        }

        var personal = Personal;
        return OpenAsync(personal, membership.CircleId, membership.AccountId == personal.Id ? membership : null);
    }

    private async Task<SealingKey> OpenAsync(SealingKey personal, Guid circleId, Membership? membership)
    {
        if (membership?.WrappedCircleKey is not { } wrapped)
        {
            throw new KeysUnavailableException();
        }

        byte[] circleKey;
        if (Envelope.IsEnvelope(wrapped))
        {
            try
            {
                circleKey = UnwrapCircleKey(personal, circleId, wrapped);
            }
            catch (CryptographicException)
            {
                // The session's key is not the one this copy is wrapped under: signing in again opens the right one.
                throw new KeysUnavailableException();
            }
        }
        else
        {
            // Held under the server's legacy key for a member who had not signed in since the
            // upgrade; their sign-in normally moves it, this catches any it missed.
            circleKey = legacy.UnprotectCircleKey(membership.Id, wrapped);
            var rewrapped = WrapCircleKey(personal, circleId, circleKey);
            await db.Memberships.Where(m => m.Id == membership.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.WrappedCircleKey, rewrapped));
        }

        var key = SealingKey.Circle(circleId, circleKey);
        _circles[circleId] = key;
        return key;
    }

    /// <summary>Remembers a circle key this request just made or received (creating or joining a circle).</summary>
    public void Remember(SealingKey circleKey)
    {
        ArgumentNullException.ThrowIfNull(circleKey);
        _circles[circleKey.Id] = circleKey;
    }

    public static bool HasKey(ClaimsPrincipal? user) => user is not null && KeyOf(user) is not null;

    public static Claim ClaimFor(byte[] personalKey) => new(ClaimType, Convert.ToBase64String(personalKey));

    public static byte[] WrapCircleKey(SealingKey personal, Guid circleId, byte[] circleKey)
    {
        ArgumentNullException.ThrowIfNull(personal);
        return Envelope.Seal(personal.Export(), circleKey, CircleKeyContext(circleId, personal.Id));
    }

    public static byte[] UnwrapCircleKey(SealingKey personal, Guid circleId, byte[] wrapped)
    {
        ArgumentNullException.ThrowIfNull(personal);
        return Envelope.Open(personal.Export(), wrapped, CircleKeyContext(circleId, personal.Id));
    }

    private static byte[] CircleKeyContext(Guid circleId, Guid accountId) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|circle-key|{circleId:N}|{accountId:N}"));

    private static byte[]? KeyOf(ClaimsPrincipal user)
    {
        var value = user.FindFirstValue(ClaimType);
        if (value is null)
        {
            return null;
        }

        var bytes = new byte[Envelope.KeySize];
        return Convert.TryFromBase64String(value, bytes, out var written) && written == Envelope.KeySize ? bytes : null;
    }
}

/// <summary>The request has no key for what it asked: not signed in with one, or not a member.</summary>
public sealed class KeysUnavailableException() : CryptographicException("No key is available for this request.");
