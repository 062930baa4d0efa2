using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SamePage.Core.Security;

/// <summary>
/// Authenticated encryption with AES-256-GCM under a 32-byte key, bound to a context (associated
/// data) so that a value cannot be moved to another row, field or person. Two layouts:
/// <list type="bullet">
/// <item><c>'S' 0x01 | nonce (12) | tag (16) | ciphertext</c>: a personal key, or a circle's first key
/// (epoch 0), exactly as before key epochs;</item>
/// <item><c>'S' 0x02 | epoch (4, big-endian) | nonce (12) | tag (16) | ciphertext</c>: a circle key of a
/// later epoch; the six header bytes are authenticated with the context.</item>
/// </list>
/// The first two bytes tell both apart from values sealed before user-held keys.
/// </summary>
public static class Envelope
{
    public const int KeySize = 32;
    private const byte Magic = (byte)'S';
    private const byte Version = 1;
    private const byte EpochVersion = 2;
    private const int HeaderSize = 2;
    private const int EpochHeaderSize = HeaderSize + sizeof(uint);
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = HeaderSize + NonceSize + TagSize;

    /// <summary>A fresh random key.</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context) =>
        Seal(key, 0, plaintext, context);

    /// <summary>Seals under the key of an epoch; epoch 0 gives the first layout, byte for byte as before epochs.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> key, int epoch, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context)
    {
        CheckKey(key);
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var header = epoch == 0 ? HeaderSize : EpochHeaderSize;
        var sealedValue = new byte[header + NonceSize + TagSize + plaintext.Length];
        sealedValue[0] = Magic;
        sealedValue[1] = epoch == 0 ? Version : EpochVersion;
        if (epoch != 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(sealedValue.AsSpan(HeaderSize), (uint)epoch);
        }

        var nonce = sealedValue.AsSpan(header, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(header + NonceSize + TagSize), sealedValue.AsSpan(header + NonceSize, TagSize), AssociatedData(sealedValue, epoch, context));
        return sealedValue;
    }

    /// <exception cref="CryptographicException">Wrong key, wrong context, or the value was changed.</exception>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> context)
    {
        CheckKey(key);
        var epoch = EpochOf(sealedValue) ?? throw new CryptographicException("Not a sealed value of this format.");
        var header = epoch == 0 ? HeaderSize : EpochHeaderSize;
        var plaintext = new byte[sealedValue.Length - header - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.Slice(header, NonceSize), sealedValue[(header + NonceSize + TagSize)..], sealedValue.Slice(header + NonceSize, TagSize), plaintext, AssociatedData(sealedValue, epoch, context));
        return plaintext;
    }

    /// <summary>The key epoch a sealed value names (0 for the first layout); null when it is not of this format.</summary>
    public static int? EpochOf(ReadOnlySpan<byte> value)
    {
        if (value.Length >= Overhead && value[0] == Magic && value[1] == Version)
        {
            return 0;
        }

        if (value.Length >= Overhead + sizeof(uint) && value[0] == Magic && value[1] == EpochVersion)
        {
            var epoch = BinaryPrimitives.ReadUInt32BigEndian(value[HeaderSize..]);
            return epoch is > 0 and <= int.MaxValue ? (int)epoch : null;
        }

        return null;
    }

    /// <summary>Whether a stored value has this format (as opposed to a value sealed before user-held keys).</summary>
    public static bool IsEnvelope(ReadOnlySpan<byte> value) => EpochOf(value) is not null;

    /// <summary>The context alone for the first layout (as before epochs); the header and the context for the second.</summary>
    private static byte[] AssociatedData(ReadOnlySpan<byte> sealedValue, int epoch, ReadOnlySpan<byte> context)
    {
        if (epoch == 0)
        {
            return context.ToArray();
        }

        var data = new byte[EpochHeaderSize + context.Length];
        sealedValue[..EpochHeaderSize].CopyTo(data);
        context.CopyTo(data.AsSpan(EpochHeaderSize));
        return data;
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize)
        {
            throw new CryptographicException($"A key has {KeySize} bytes.");
        }
    }
}
