using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SamePage.Core.Security;

/// <summary>
/// A circle's keys over time. Epoch 0 is the key the circle started with; each time a member who held
/// the current key leaves, a new key becomes epoch n + 1, and the link of epoch n + 1 is the key of
/// epoch n sealed under it. Whoever holds the current key opens every earlier one by walking the links
/// back; nothing leads forward, so someone who left, holding only older keys, opens nothing newer.
/// </summary>
public static class KeyChain
{
    /// <summary>The link of <paramref name="epoch"/>: the key of the epoch before it, sealed under its own key.</summary>
    public static byte[] Link(Guid circleId, int epoch, ReadOnlySpan<byte> key, ReadOnlySpan<byte> previousKey)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epoch, 1);
        return Envelope.Seal(key, previousKey, LinkContext(circleId, epoch));
    }

    /// <summary>The keys of every epoch before <paramref name="epoch"/>, opened one from the next with its links.</summary>
    /// <exception cref="CryptographicException">A link is missing, was changed, or belongs to another circle or epoch.</exception>
    public static IReadOnlyDictionary<int, byte[]> Open(Guid circleId, int epoch, ReadOnlySpan<byte> key, IReadOnlyDictionary<int, byte[]> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var earlier = new Dictionary<int, byte[]>();
        var current = key.ToArray();
        for (var e = epoch; e >= 1; e--)
        {
            if (!links.TryGetValue(e, out var link))
            {
                throw new CryptographicException("A link of the circle's key chain is missing.");
            }

            current = Envelope.Open(current, link, LinkContext(circleId, e));
            earlier[e - 1] = current;
        }

        return earlier;
    }

    /// <summary>What a key sent to a member's public key is bound to: the circle, the epoch and the account.</summary>
    public static byte[] SentContext(Guid circleId, int epoch, Guid accountId) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|circle-key-sent|{circleId:N}|epoch:{epoch}|{accountId:N}"));

    private static byte[] LinkContext(Guid circleId, int epoch) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|circle-key-link|{circleId:N}|epoch:{epoch}"));
}
