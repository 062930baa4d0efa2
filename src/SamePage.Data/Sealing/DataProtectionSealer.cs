using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace SamePage.Data.Sealing;

/// <summary>
/// Seals with ASP.NET Core Data Protection (AES-256-CBC with HMAC-SHA256, keys rotated and persisted
/// by the key ring). The purpose chain names the field and the owning row.
/// </summary>
public sealed class DataProtectionSealer(IDataProtectionProvider provider) : ISealer
{
    private readonly IDataProtector _root = provider.CreateProtector("SamePage.Sealing.v1");

    public byte[] Seal(SealedField field, Guid owner, string plaintext) =>
        Protector(field, owner).Protect(Encoding.UTF8.GetBytes(plaintext));

    public string Unseal(SealedField field, Guid owner, byte[] sealedValue) =>
        Encoding.UTF8.GetString(Protector(field, owner).Unprotect(sealedValue));

    private IDataProtector Protector(SealedField field, Guid owner) =>
        _root.CreateProtector(field.ToString(), owner.ToString("N", CultureInfo.InvariantCulture));
}
