using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SamePage.Core.Security;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>
/// Each person's own key: random, made at sign-up, and stored only wrapped twice — under a key
/// derived (Argon2id) from their passphrase, and under a key derived (HKDF) from their recovery
/// code. Changing either re-wraps the same key, so nothing else has to be re-encrypted. Each person
/// also has an X25519 key pair, so a circle's new key can be sent to them while they are away.
/// </summary>
public sealed class AccountKeys(KdfCost cost)
{
    private const string RecoveryPurpose = "SamePage.v2 recovery wrap";

    public KdfCost Cost => cost;

    /// <summary>Whether the account already has user-held keys (accounts from before them get theirs at their next sign-in).</summary>
    public static bool HasKeys(Account account) =>
        account?.PassphraseWrappedKey is not null && account.KeySalt is not null && account.KeyCost is not null;

    /// <summary>Gives the account a new key, wrapped under both secrets; returns the key for the session.</summary>
    public byte[] Create(Account account, string passphrase, string recoveryCode)
    {
        ArgumentNullException.ThrowIfNull(account);
        var key = Envelope.NewKey();
        WrapUnderPassphrase(account, key, passphrase);
        WrapUnderRecoveryCode(account, key, recoveryCode);
        GiveKeyPair(account, key);
        return key;
    }

    /// <summary>
    /// Gives the account its key pair if it has none yet (accounts from before key pairs get theirs at
    /// their next sign-in or recovery): the public key as is, the private key wrapped under the
    /// person's own key. Returns whether it made one.
    /// </summary>
    public static bool GiveKeyPair(Account account, byte[] personalKey)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.PublicKey is not null && account.WrappedPrivateKey is not null)
        {
            return false;
        }

        var (privateKey, publicKey) = PublicKeyWrap.NewKeyPair();
        account.WrappedPrivateKey = Envelope.Seal(personalKey, privateKey, Context(account, "private-key"));
        account.PublicKey = publicKey;
        CryptographicOperations.ZeroMemory(privateKey);
        return true;
    }

    /// <summary>The account's private key, opened with the person's own key; null when there is none or it does not open.</summary>
    public static byte[]? OpenPrivateKey(Account account, byte[] personalKey)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.WrappedPrivateKey is null ? null : TryOpen(personalKey, account.WrappedPrivateKey, Context(account, "private-key"));
    }

    /// <summary>The account's key, or null when the passphrase does not open it.</summary>
    public static byte[]? OpenWithPassphrase(Account account, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!HasKeys(account))
        {
            return null;
        }

        var kek = KeyDerivation.FromPassphrase(passphrase, account.KeySalt, KdfCost.Parse(account.KeyCost!));
        return TryOpen(kek, account.PassphraseWrappedKey!, Context(account, "passphrase"));
    }

    /// <summary>The account's key, or null when the recovery code does not open it.</summary>
    public static byte[]? OpenWithRecoveryCode(Account account, string canonicalCode)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.RecoveryWrappedKey is null)
        {
            return null;
        }

        var kek = KeyDerivation.FromCode(canonicalCode, account.Id.ToByteArray(), RecoveryPurpose);
        return TryOpen(kek, account.RecoveryWrappedKey, Context(account, "recovery"));
    }

    /// <summary>A new passphrase: the same key, wrapped again with a fresh salt at today's cost.</summary>
    public void WrapUnderPassphrase(Account account, byte[] key, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(account);
        var salt = KeyDerivation.NewSalt();
        WrapUnderDerived(account, key, salt, cost, KeyDerivation.FromPassphrase(passphrase, salt, cost));
    }

    /// <summary>
    /// Wraps the key under a passphrase key already derived with this salt and cost. Only the
    /// benchmark's seeder calls it directly, so many synthetic accounts share one derivation.
    /// </summary>
    public static void WrapUnderDerived(Account account, byte[] key, byte[] salt, KdfCost derivedAt, byte[] kek)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(derivedAt);
        account.KeySalt = salt;
        account.KeyCost = derivedAt.ToString();
        account.PassphraseWrappedKey = Envelope.Seal(kek, key, Context(account, "passphrase"));
    }

    /// <summary>A new recovery code: the same key, wrapped again.</summary>
    public static void WrapUnderRecoveryCode(Account account, byte[] key, string canonicalCode)
    {
        ArgumentNullException.ThrowIfNull(account);
        var kek = KeyDerivation.FromCode(canonicalCode, account.Id.ToByteArray(), RecoveryPurpose);
        account.RecoveryWrappedKey = Envelope.Seal(kek, key, Context(account, "recovery"));
    }

    private static byte[]? TryOpen(byte[] kek, byte[] wrapped, byte[] context)
    {
        try
        {
            return Envelope.Open(kek, wrapped, context);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[] Context(Account account, string secret) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|personal-key|{account.Id:N}|{secret}"));
}
