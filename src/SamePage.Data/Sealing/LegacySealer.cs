using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace SamePage.Data.Sealing;

/// <summary>
/// How content was sealed before user-held keys: with the server's Data Protection key ring
/// (AES-256-CBC with HMAC-SHA256). Used only to open such values once, when their owner next signs
/// in, and to hand a circle key to members who have not signed in since (see docs/SECURITY.md).
/// </summary>
public sealed class LegacySealer(IDataProtectionProvider provider)
{
    private readonly IDataProtector _root = provider.CreateProtector("SamePage.Sealing.v1");

    public byte[] Seal(SealedField field, Guid owner, string plaintext) =>
        Protector(field, owner).Protect(Encoding.UTF8.GetBytes(plaintext));

    public string Unseal(SealedField field, Guid owner, byte[] sealedValue) =>
        Encoding.UTF8.GetString(Protector(field, owner).Unprotect(sealedValue));

    /// <summary>A circle key held for a member who has not signed in since the upgrade.</summary>
    public byte[] ProtectCircleKey(Guid membershipId, byte[] circleKey) =>
        _root.CreateProtector("CircleKey", membershipId.ToString("N", CultureInfo.InvariantCulture)).Protect(circleKey);

    public byte[] UnprotectCircleKey(Guid membershipId, byte[] wrapped) =>
        _root.CreateProtector("CircleKey", membershipId.ToString("N", CultureInfo.InvariantCulture)).Unprotect(wrapped);

    private IDataProtector Protector(SealedField field, Guid owner) =>
        _root.CreateProtector(field.ToString(), owner.ToString("N", CultureInfo.InvariantCulture));
}
