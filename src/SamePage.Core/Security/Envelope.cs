using System.Security.Cryptography;

namespace SamePage.Core.Security;

/// <summary>
/// Authenticated encryption with AES-256-GCM under a 32-byte key, bound to a context (associated
/// data) so that a value cannot be moved to another row, field or person. The layout is
/// <c>'S' 0x01 | nonce (12) | tag (16) | ciphertext</c>; the first two bytes tell it apart from
/// values sealed before user-held keys.
/// </summary>
public static class Envelope
{
    public const int KeySize = 32;
    private const byte Magic = (byte)'S';
    private const byte Version = 1;
    private const int HeaderSize = 2;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = HeaderSize + NonceSize + TagSize;

    /// <summary>A fresh random key.</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context)
    {
        CheckKey(key);
        var sealedValue = new byte[Overhead + plaintext.Length];
        sealedValue[0] = Magic;
        sealedValue[1] = Version;
        var nonce = sealedValue.AsSpan(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(Overhead), sealedValue.AsSpan(HeaderSize + NonceSize, TagSize), context);
        return sealedValue;
    }

    /// <exception cref="CryptographicException">Wrong key, wrong context, or the value was changed.</exception>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> context)
    {
        CheckKey(key);
        if (!IsEnvelope(sealedValue))
        {
            throw new CryptographicException("Not a sealed value of this format.");
        }

        var plaintext = new byte[sealedValue.Length - Overhead];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.Slice(HeaderSize, NonceSize), sealedValue[Overhead..], sealedValue.Slice(HeaderSize + NonceSize, TagSize), plaintext, context);
        return plaintext;
    }

    /// <summary>Whether a stored value has this format (as opposed to a value sealed before user-held keys).</summary>
    public static bool IsEnvelope(ReadOnlySpan<byte> value) =>
        value.Length >= Overhead && value[0] == Magic && value[1] == Version;

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize)
        {
            throw new CryptographicException($"A key has {KeySize} bytes.");
        }
    }
}
