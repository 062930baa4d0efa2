using System.Security.Cryptography;

namespace SamePage.Data.Sealing;

/// <summary>
/// The one door to and from the database for sensitive content: authenticated encryption under a
/// key the server only holds while its owner is signed in, bound to the kind of field and the row
/// it belongs to, so a sealed value cannot be moved to another row.
/// </summary>
public interface ISealer
{
    /// <exception cref="ArgumentException">The key's scope is not the field's (e.g. a journal under a circle key).</exception>
    byte[] Seal(SealingKey key, SealedField field, Guid owner, string plaintext);

    /// <exception cref="CryptographicException">Wrong key, or the value was tampered with or belongs elsewhere.</exception>
    string Unseal(SealingKey key, SealedField field, Guid owner, byte[] sealedValue);
}

/// <summary>Whose key seals a field: the person's own, their circle's, or a sounding-board link's (which only the link and its maker hold).</summary>
public enum KeyScope
{
    Personal,
    Circle,
    Link,
}

/// <summary>Every kind of sealed field. Adding sensitive data means adding a kind here, and its scope below.</summary>
public enum SealedField
{
    CircleName,
    DisplayName,
    RoundAnswers,
    CustomBehaviour,
    ReflectionPrivate,
    ReflectionShared,
    DraftClause,
    AgreementVersion,
    SignerName,
    CheckInAnswers,
    ConcernDraft,
    ConcernShared,
    ConcernOutcome,
    ConcernResponse,
    SelfCheck,
    SeenProgress,
    TalkedAbout,
    SoundingBoardLabel,
    SoundingBoardCopy,
    SoundingBoardNote,
}

public static class SealedFields
{
    /// <summary>What only its author ever reads is sealed with their own key; everything a circle shares, with the circle's.</summary>
    public static KeyScope ScopeOf(SealedField field) => field switch
    {
        SealedField.ReflectionPrivate or SealedField.ConcernDraft or SealedField.SelfCheck or SealedField.SeenProgress
            or SealedField.SoundingBoardLabel => KeyScope.Personal,
        SealedField.SoundingBoardCopy or SealedField.SoundingBoardNote => KeyScope.Link,
        _ => KeyScope.Circle,
    };
}

/// <summary>
/// An unwrapped key, for one person or one circle. It lives only for a request of a signed-in
/// member; it is never stored or logged (ToString says nothing about it). A circle's key is the key
/// of its current epoch, carrying the keys of the circle's earlier epochs that it opens (see
/// docs/SECURITY.md, "The keys"): new values are sealed under the current one, older values open
/// with the key of the epoch they name.
/// </summary>
public sealed class SealingKey
{
    private readonly byte[] _key;
    private readonly IReadOnlyDictionary<int, byte[]> _earlier;

    private SealingKey(KeyScope scope, Guid id, int epoch, byte[] key, IReadOnlyDictionary<int, byte[]> earlier)
    {
        if (key.Length != Core.Security.Envelope.KeySize || earlier.Values.Any(k => k.Length != Core.Security.Envelope.KeySize))
        {
            throw new CryptographicException("A sealing key has 32 bytes.");
        }

        Scope = scope;
        Id = id;
        Epoch = epoch;
        _key = key;
        _earlier = earlier;
    }

    public KeyScope Scope { get; }

    /// <summary>The account or the circle the key belongs to.</summary>
    public Guid Id { get; }

    /// <summary>The circle's key epoch this key belongs to (always 0 for a personal key).</summary>
    public int Epoch { get; }

    public static SealingKey Personal(Guid accountId, byte[] key) => new(KeyScope.Personal, accountId, 0, key, new Dictionary<int, byte[]>());

    /// <summary>A circle's first key (epoch 0).</summary>
    public static SealingKey Circle(Guid circleId, byte[] key) => new(KeyScope.Circle, circleId, 0, key, new Dictionary<int, byte[]>());

    /// <summary>A circle's key of a later epoch, with the keys of the epochs before it.</summary>
    public static SealingKey Circle(Guid circleId, int epoch, byte[] key, IReadOnlyDictionary<int, byte[]> earlier)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        ArgumentNullException.ThrowIfNull(earlier);
        return new(KeyScope.Circle, circleId, epoch, key, earlier);
    }

    /// <summary>A sounding-board link's own key: its supporter derives it from the link's code, its maker unwraps it with their personal key.</summary>
    public static SealingKey Link(Guid linkId, byte[] key) => new(KeyScope.Link, linkId, 0, key, new Dictionary<int, byte[]>());

    internal ReadOnlySpan<byte> Bytes => _key;

    /// <summary>The key of an epoch up to this one; null for a later epoch, which this key cannot open.</summary>
    internal byte[]? BytesOf(int epoch) =>
        epoch == Epoch ? _key : _earlier.TryGetValue(epoch, out var key) ? key : null;

    /// <summary>The raw key of the current epoch, for wrapping it under another key. Never store or log it.</summary>
    public byte[] Export() => (byte[])_key.Clone();

    public override string ToString() => $"{Scope} key";
}
