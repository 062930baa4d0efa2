using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace SamePage.Core.Security;

/// <summary>
/// How hard turning a passphrase into a key is: Argon2id with a memory size in KiB, a number of
/// passes and lanes. Stored with each account (as <c>argon2id;m=19456;t=2;p=1</c>) so the cost can
/// be raised for new wrappings without breaking old ones.
/// </summary>
public sealed record KdfCost(int MemoryKib, int Passes, int Lanes)
{
    /// <summary>OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane.</summary>
    public static KdfCost Default { get; } = new(19 * 1024, 2, 1);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"argon2id;m={MemoryKib};t={Passes};p={Lanes}");

    public static KdfCost Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(';');
        if (parts.Length != 4 || parts[0] != "argon2id")
        {
            throw new FormatException("Not an Argon2id cost.");
        }

        int Value(string part, string name) =>
            part.StartsWith(name + "=", StringComparison.Ordinal) && int.TryParse(part.AsSpan(name.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
                ? v
                : throw new FormatException($"Bad Argon2id parameter '{part}'.");
        return new KdfCost(Value(parts[1], "m"), Value(parts[2], "t"), Value(parts[3], "p"));
    }
}

/// <summary>Keys from secrets people hold: Argon2id for passphrases, HKDF-SHA-256 for long random codes.</summary>
public static class KeyDerivation
{
    public const int SaltSize = 16;

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltSize);

    /// <summary>A 32-byte key from a passphrase: deliberately slow and memory-hard, so guessing is expensive.</summary>
    public static byte[] FromPassphrase(string passphrase, ReadOnlySpan<byte> salt, KdfCost cost)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentNullException.ThrowIfNull(cost);
        if (salt.Length != SaltSize)
        {
            throw new ArgumentException($"A salt has {SaltSize} bytes.", nameof(salt));
        }

        var argon = PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters
        {
            MemorySize = cost.MemoryKib,
            NumberOfPasses = cost.Passes,
            DegreeOfParallelism = cost.Lanes,
        });
        return argon.DeriveBytes(Encoding.UTF8.GetBytes(passphrase), salt, Envelope.KeySize);
    }

    /// <summary>
    /// A 32-byte key from a code of at least 100 random bits (recovery and invite codes). Such codes
    /// cannot be guessed, so a fast derivation is enough; <paramref name="purpose"/> keeps keys for
    /// different uses apart.
    /// </summary>
    public static byte[] FromCode(string canonicalCode, ReadOnlySpan<byte> salt, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalCode);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(canonicalCode), Envelope.KeySize, salt.ToArray(), Encoding.UTF8.GetBytes(purpose));
    }
}
