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
/// member; it is never stored or logged (ToString says nothing about it).
/// </summary>
public sealed class SealingKey
{
    private readonly byte[] _key;

    private SealingKey(KeyScope scope, Guid id, byte[] key)
    {
        if (key.Length != Core.Security.Envelope.KeySize)
        {
            throw new CryptographicException("A sealing key has 32 bytes.");
        }

        Scope = scope;
        Id = id;
        _key = key;
    }

    public KeyScope Scope { get; }

    /// <summary>The account or the circle the key belongs to.</summary>
    public Guid Id { get; }

    public static SealingKey Personal(Guid accountId, byte[] key) => new(KeyScope.Personal, accountId, key);

    public static SealingKey Circle(Guid circleId, byte[] key) => new(KeyScope.Circle, circleId, key);

    /// <summary>A sounding-board link's own key: its supporter derives it from the link's code, its maker unwraps it with their personal key.</summary>
    public static SealingKey Link(Guid linkId, byte[] key) => new(KeyScope.Link, linkId, key);

    internal ReadOnlySpan<byte> Bytes => _key;

    /// <summary>The raw key, for wrapping it under another key. Never store or log it.</summary>
    public byte[] Export() => (byte[])_key.Clone();

    public override string ToString() => $"{Scope} key";
}
