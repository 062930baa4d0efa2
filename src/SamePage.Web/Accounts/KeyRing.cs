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

    /// <summary>The key of a circle the signed-in person belongs to, with the keys of its earlier epochs.</summary>
    /// <exception cref="KeysUnavailableException">They are not a member, or hold no key for it.</exception>
    /// <exception cref="CircleKeyBehindException">They hold only an older epoch's key, until another member sends them the current one.</exception>
    public async Task<SealingKey> CircleAsync(Guid circleId)
    {
        if (_circles.TryGetValue(circleId, out var known))
        {
            return known;
        }

        var personal = Personal;
        var row = await db.Memberships.AsNoTracking()
            .Where(m => m.CircleId == circleId && m.AccountId == personal.Id)
            .Select(m => new { Membership = m, m.Circle.KeyEpoch })
            .FirstOrDefaultAsync();
        return await OpenAsync(personal, circleId, row?.Membership, row?.KeyEpoch ?? 0);
    }

    /// <summary>The key of a circle, from the signed-in person's membership row already loaded (no second read).</summary>
    /// <exception cref="KeysUnavailableException">The row is not theirs, or holds no key.</exception>
    /// <exception cref="CircleKeyBehindException">They hold only an older epoch's key.</exception>
    public Task<SealingKey> CircleAsync(Membership membership, int circleEpoch)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (_circles.TryGetValue(membership.CircleId, out var known))
        {
            return Task.FromResult(known);
        }

        var personal = Personal;
        return OpenAsync(personal, membership.CircleId, membership.AccountId == personal.Id ? membership : null, circleEpoch);
    }

    private async Task<SealingKey> OpenAsync(SealingKey personal, Guid circleId, Membership? membership, int circleEpoch)
    {
        if (membership?.WrappedCircleKey is not { } wrapped)
        {
            throw new KeysUnavailableException();
        }

        if (membership.KeyEpoch < circleEpoch)
        {
            throw new CircleKeyBehindException();
        }

        byte[] circleKey;
        if (PublicKeyWrap.IsWrap(wrapped))
        {
            // A new epoch's key, sent to this member's public key when someone left: opened with their
            // private key, and kept under their own key from now on.
            circleKey = await OpenSentKeyAsync(personal, membership, wrapped);
        }
        else if (Envelope.IsEnvelope(wrapped))
        {
            try
            {
                circleKey = UnwrapCircleKey(personal, circleId, membership.KeyEpoch, wrapped);
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

        var key = await WithHistoryAsync(circleId, membership.KeyEpoch, circleKey);
        _circles[circleId] = key;
        return key;
    }

    /// <summary>
    /// A circle's key of an epoch, with the keys of every earlier epoch, opened one from the next
    /// along the circle's chain (one read, and only for a circle that has moved on from its first key).
    /// </summary>
    public async Task<SealingKey> WithHistoryAsync(Guid circleId, int epoch, byte[] circleKey)
    {
        if (epoch == 0)
        {
            return SealingKey.Circle(circleId, circleKey);
        }

        var links = await db.CircleKeyEpochs.AsNoTracking()
            .Where(e => e.CircleId == circleId && e.Epoch <= epoch)
            .ToDictionaryAsync(e => e.Epoch, e => e.SealedPreviousKey);
        return SealingKey.Circle(circleId, epoch, circleKey, KeyChain.Open(circleId, epoch, circleKey, links));
    }

    private async Task<byte[]> OpenSentKeyAsync(SealingKey personal, Membership membership, byte[] wrapped)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == personal.Id);
        var privateKey = account is null ? null : AccountKeys.OpenPrivateKey(account, personal.Export());
        if (privateKey is null)
        {
            throw new KeysUnavailableException();
        }

        byte[] circleKey;
        try
        {
            circleKey = PublicKeyWrap.Open(privateKey, wrapped, KeyChain.SentContext(membership.CircleId, membership.KeyEpoch, personal.Id));
        }
        catch (CryptographicException)
        {
            throw new KeysUnavailableException();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }

        var rewrapped = WrapCircleKey(personal, membership.CircleId, circleKey, membership.KeyEpoch);
        var epoch = membership.KeyEpoch;
        await db.Memberships.Where(m => m.Id == membership.Id && m.KeyEpoch == epoch)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.WrappedCircleKey, rewrapped));
        return circleKey;
    }

    /// <summary>Remembers a circle key this request just made or received (creating or joining a circle).</summary>
    public void Remember(SealingKey circleKey)
    {
        ArgumentNullException.ThrowIfNull(circleKey);
        _circles[circleKey.Id] = circleKey;
    }

    public static bool HasKey(ClaimsPrincipal? user) => user is not null && KeyOf(user) is not null;

    public static Claim ClaimFor(byte[] personalKey) => new(ClaimType, Convert.ToBase64String(personalKey));

    /// <summary>A circle's key of an epoch, wrapped under the person's own key.</summary>
    public static byte[] WrapCircleKey(SealingKey personal, Guid circleId, byte[] circleKey, int epoch = 0)
    {
        ArgumentNullException.ThrowIfNull(personal);
        return Envelope.Seal(personal.Export(), circleKey, CircleKeyContext(circleId, personal.Id, epoch));
    }

    public static byte[] UnwrapCircleKey(SealingKey personal, Guid circleId, int epoch, byte[] wrapped)
    {
        ArgumentNullException.ThrowIfNull(personal);
        return Envelope.Open(personal.Export(), wrapped, CircleKeyContext(circleId, personal.Id, epoch));
    }

    /// <summary>Epoch 0 keeps the context it had before epochs, so keys wrapped then still open.</summary>
    private static byte[] CircleKeyContext(Guid circleId, Guid accountId, int epoch) =>
        Encoding.UTF8.GetBytes(epoch == 0
            ? string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|circle-key|{circleId:N}|{accountId:N}")
            : string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|circle-key|{circleId:N}|{accountId:N}|epoch:{epoch}"));

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

/// <summary>
/// The member holds only an older epoch's key of a circle that has moved on while they had no key pair
/// yet; the next member who opens the circle sends them the current one.
/// </summary>
public sealed class CircleKeyBehindException() : CryptographicException("This member's key of the circle is from an earlier epoch.");
