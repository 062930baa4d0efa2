using System.Security.Cryptography;
using NSec.Cryptography;

namespace SamePage.Core.Security;

/// <summary>
/// A key sent to someone with only their public key (X25519): an ephemeral key pair is agreed with
/// theirs, HKDF-SHA256 turns the shared secret (salted with both public keys) into an AES-256-GCM key,
/// and the context is the associated data. Only the holder of the private key opens it. Layout:
/// <c>'P' 0x01 | ephemeral public key (32) | nonce (12) | tag (16) | ciphertext</c>.
/// </summary>
public static class PublicKeyWrap
{
    public const int PublicKeySize = 32;
    public const int PrivateKeySize = 32;
    private const byte Magic = (byte)'P';
    private const byte Version = 1;
    private const int HeaderSize = 2;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = HeaderSize + PublicKeySize + NonceSize + TagSize;
    private static readonly byte[] Info = "SamePage.v2 public-key wrap"u8.ToArray();

    /// <summary>A new key pair: the private key (to keep sealed) and the public key (to store as is).</summary>
    public static (byte[] PrivateKey, byte[] PublicKey) NewKeyPair()
    {
        using var key = Key.Create(KeyAgreementAlgorithm.X25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return (key.Export(KeyBlobFormat.RawPrivateKey), key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <exception cref="CryptographicException">The public key is not a valid X25519 key.</exception>
    public static byte[] Wrap(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> context)
    {
        var recipient = ImportPublic(publicKey);
        using var ephemeral = Key.Create(KeyAgreementAlgorithm.X25519);
        var ephemeralPublic = ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var aesKey = DeriveKey(ephemeral, recipient, ephemeralPublic, publicKey);
        var wrapped = new byte[Overhead + secret.Length];
        wrapped[0] = Magic;
        wrapped[1] = Version;
        ephemeralPublic.CopyTo(wrapped.AsSpan(HeaderSize));
        var nonce = wrapped.AsSpan(HeaderSize + PublicKeySize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(aesKey, TagSize);
        aes.Encrypt(nonce, secret, wrapped.AsSpan(Overhead), wrapped.AsSpan(HeaderSize + PublicKeySize + NonceSize, TagSize), context);
        return wrapped;
    }

    /// <exception cref="CryptographicException">Wrong private key, wrong context, or the value was changed.</exception>
    public static byte[] Open(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> wrapped, ReadOnlySpan<byte> context)
    {
        if (!IsWrap(wrapped) || privateKey.Length != PrivateKeySize)
        {
            throw new CryptographicException("Not a public-key wrap of this format, or not a private key.");
        }

        using var mine = Key.Import(KeyAgreementAlgorithm.X25519, privateKey, KeyBlobFormat.RawPrivateKey);
        var ephemeralPublic = wrapped.Slice(HeaderSize, PublicKeySize);
        var aesKey = DeriveKey(mine, ImportPublic(ephemeralPublic), ephemeralPublic, mine.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var secret = new byte[wrapped.Length - Overhead];
        using var aes = new AesGcm(aesKey, TagSize);
        aes.Decrypt(wrapped.Slice(HeaderSize + PublicKeySize, NonceSize), wrapped[Overhead..], wrapped.Slice(HeaderSize + PublicKeySize + NonceSize, TagSize), secret, context);
        return secret;
    }

    /// <summary>Whether a stored value has this format.</summary>
    public static bool IsWrap(ReadOnlySpan<byte> value) => value.Length >= Overhead && value[0] == Magic && value[1] == Version;

    private static PublicKey ImportPublic(ReadOnlySpan<byte> publicKey) =>
        publicKey.Length == PublicKeySize && PublicKey.TryImport(KeyAgreementAlgorithm.X25519, publicKey, KeyBlobFormat.RawPublicKey, out var imported) && imported is not null
            ? imported
            : throw new CryptographicException("Not an X25519 public key.");

    private static byte[] DeriveKey(Key mine, PublicKey theirs, ReadOnlySpan<byte> ephemeralPublic, ReadOnlySpan<byte> recipientPublic)
    {
        using var shared = KeyAgreementAlgorithm.X25519.Agree(mine, theirs)
            ?? throw new CryptographicException("The keys do not agree on a secret.");
        var salt = new byte[PublicKeySize * 2];
        ephemeralPublic.CopyTo(salt);
        recipientPublic.CopyTo(salt.AsSpan(PublicKeySize));
        return KeyDerivationAlgorithm.HkdfSha256.DeriveBytes(shared, salt, Info, Envelope.KeySize);
    }
}
