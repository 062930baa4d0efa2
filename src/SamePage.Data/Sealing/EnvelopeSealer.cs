using System.Globalization;
using System.Text;
using SamePage.Core.Security;

namespace SamePage.Data.Sealing;

/// <summary>
/// Seals with AES-256-GCM (<see cref="Envelope"/>) under a person's or a circle's key. The
/// associated data names the key's owner, the field and the row.
/// </summary>
public sealed class EnvelopeSealer : ISealer
{
    public byte[] Seal(SealingKey key, SealedField field, Guid owner, string plaintext)
    {
        Check(key, field);
        return Envelope.Seal(key.Bytes, Encoding.UTF8.GetBytes(plaintext), Context(key, field, owner));
    }

    public string Unseal(SealingKey key, SealedField field, Guid owner, byte[] sealedValue)
    {
        Check(key, field);
        return Encoding.UTF8.GetString(Envelope.Open(key.Bytes, sealedValue, Context(key, field, owner)));
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
