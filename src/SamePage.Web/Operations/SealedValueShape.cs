namespace SamePage.Web.Operations;

/// <summary>What a stored sealed value looks like from the outside, without opening it.</summary>
public enum SealedValueKind
{
    /// <summary>A value sealed under a person's or a circle's key: <c>'S'</c>, a known version, nonce, tag, ciphertext.</summary>
    Envelope,

    /// <summary>A value sealed with the server's Data Protection key ring, before user-held keys, waiting for its owner's next sign-in.</summary>
    Legacy,

    /// <summary>Neither: damaged, truncated, or something other than a sealed value.</summary>
    Malformed,
}

/// <summary>
/// Tells well-formed sealed values from damaged ones by their layout alone; `check` uses it on every
/// sealed column. It never opens a value (it has no key to). A new envelope version is one more line
/// in <see cref="EnvelopeVersions"/>.
/// </summary>
public static class SealedValueShape
{
    private const byte EnvelopeMagic = (byte)'S';

    /// <summary>Each known envelope version and the smallest value it can produce (an empty plaintext).</summary>
    private static readonly Dictionary<byte, int> EnvelopeVersions = new()
    {
        [0x01] = 2 + 12 + 16, // magic, version | nonce | tag
        [0x02] = 2 + 4 + 12 + 16, // as 0x01, with the circle key's epoch (4 bytes, big-endian) in the header
    };

    /// <summary>The header every Data Protection payload starts with (its magic number, 0x09F0C9F0).</summary>
    private static ReadOnlySpan<byte> DataProtectionMagic => [0x09, 0xF0, 0xC9, 0xF0];

    /// <summary>A Data Protection payload: magic (4), key id (16), then at least an IV and a MAC.</summary>
    private const int DataProtectionMinimum = 4 + 16 + 16 + 32;

    public static SealedValueKind Classify(ReadOnlySpan<byte> value)
    {
        if (value.Length >= 2 && value[0] == EnvelopeMagic && EnvelopeVersions.TryGetValue(value[1], out var minimum))
        {
            return value.Length >= minimum ? SealedValueKind.Envelope : SealedValueKind.Malformed;
        }

        return value.Length >= DataProtectionMinimum && value.StartsWith(DataProtectionMagic)
            ? SealedValueKind.Legacy
            : SealedValueKind.Malformed;
    }
}
