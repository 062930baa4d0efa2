using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using SamePage.Core.Security;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>
/// Stores passphrase (and recovery code) verifiers with Argon2id at the same cost as the keys, so
/// the verifier kept beside the wrapped key is no easier to attack than the key itself. Verifiers
/// from before (ASP.NET Core Identity's PBKDF2) still work once and are replaced at that sign-in.
/// Stored as <c>argon2id;m=…;t=…;p=…;salt;hash</c> (base64).
/// </summary>
public sealed class Argon2PasswordHasher(KdfCost cost) : IPasswordHasher<Account>
{
    private const string Prefix = "argon2id;";
    private readonly PasswordHasher<Account> _before = new();

    public string HashPassword(Account user, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = KeyDerivation.NewSalt();
        var hash = KeyDerivation.FromPassphrase(password, salt, cost);
        return $"{cost};{Convert.ToBase64String(salt)};{Convert.ToBase64String(hash)}";
    }

    public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
    {
        ArgumentNullException.ThrowIfNull(hashedPassword);
        ArgumentNullException.ThrowIfNull(providedPassword);
        if (!hashedPassword.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return _before.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
                ? PasswordVerificationResult.Failed
                : PasswordVerificationResult.SuccessRehashNeeded;
        }

        var parts = hashedPassword.Split(';');
        if (parts.Length != 6)
        {
            return PasswordVerificationResult.Failed;
        }

        var stored = KdfCost.Parse(string.Join(';', parts[..4]));
        var salt = Convert.FromBase64String(parts[4]);
        var expected = Convert.FromBase64String(parts[5]);
        var actual = KeyDerivation.FromPassphrase(providedPassword, salt, stored);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordVerificationResult.Failed;
        }

        return stored == cost ? PasswordVerificationResult.Success : PasswordVerificationResult.SuccessRehashNeeded;
    }
}
