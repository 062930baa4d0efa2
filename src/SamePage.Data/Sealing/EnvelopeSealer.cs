using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SamePage.Core.Security;

namespace SamePage.Data.Sealing;

/// <summary>
/// Seals with AES-256-GCM (<see cref="Envelope"/>) under a person's or a circle's key. The
/// associated data names the key's owner, the field and the row. A circle's values are sealed under
/// its current epoch's key and name that epoch; each opens with the key of the epoch it names.
/// </summary>
public sealed class EnvelopeSealer : ISealer
{
    public byte[] Seal(SealingKey key, SealedField field, Guid owner, string plaintext)
    {
        Check(key, field);
        return Envelope.Seal(key.Bytes, key.Epoch, Encoding.UTF8.GetBytes(plaintext), Context(key, field, owner));
    }

    public string Unseal(SealingKey key, SealedField field, Guid owner, byte[] sealedValue)
    {
        Check(key, field);
        ArgumentNullException.ThrowIfNull(sealedValue);
        var epoch = Envelope.EpochOf(sealedValue) ?? throw new CryptographicException("Not a sealed value of this format.");
        var epochKey = key.BytesOf(epoch) ?? throw new CryptographicException("This key does not reach the epoch the value was sealed in.");
        return Encoding.UTF8.GetString(Envelope.Open(epochKey, sealedValue, Context(key, field, owner)));
    }

    private static void Check(SealingKey key, SealedField field)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (SealedFields.ScopeOf(field) != key.Scope)
        {
            throw new ArgumentException($"{field} is sealed with a {SealedFields.ScopeOf(field)} key, not a {key.Scope} key.", nameof(key));
        }
    }

    private static byte[] Context(SealingKey key, SealedField field, Guid owner) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|{key.Scope}:{key.Id:N}|{field}|{owner:N}"));
}
