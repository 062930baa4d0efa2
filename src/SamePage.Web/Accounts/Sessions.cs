using Microsoft.AspNetCore.Identity;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;

namespace SamePage.Web.Accounts;

/// <summary>What signing in produced: whether it worked, and a new recovery code to show once when one was made.</summary>
public sealed record SessionStart(bool Succeeded, string? NewRecoveryCode = null);

/// <summary>
/// Signing in with user-held keys: checks the passphrase, opens the person's key with it (making
/// one for an account from before user-held keys, with a new recovery code), upgrades anything
/// still under the legacy server key, and carries the key in the encrypted sign-in cookie.
/// </summary>
public sealed class Sessions(SignInManager<Account> signIn, UserManager<Account> users, AccountKeys keys, LegacyUpgrade upgrade)
{
    /// <summary>
    /// Checks the passphrase (with lockout); the account comes back only when it was right. A wrong
    /// passphrase, an unknown username and a paused account look the same, and take the same time.
    /// </summary>
    public async Task<Account?> CheckPassphraseAsync(string username, string passphrase)
    {
        var account = await users.FindByNameAsync(username);
        if (account is null)
        {
            keys.SpendEqualTime(passphrase);
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(account, passphrase, lockoutOnFailure: true);
        return result.Succeeded ? account : null;
    }

    /// <summary>After the passphrase checked out: opens (or makes) the key and signs in.</summary>
    public async Task<SessionStart> StartAsync(Account account, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(account);
        string? newCode = null;
        byte[]? key;
        if (AccountKeys.HasKeys(account))
        {
            key = AccountKeys.OpenWithPassphrase(account, passphrase);
            if (key is null)
            {
                return new SessionStart(false);
            }
        }
        else
        {
            // An account from before user-held keys: its recovery code was never kept, so it gets a new one.
            var code = RecoveryCodes.Create();
            key = keys.Create(account, passphrase, code);
            account.RecoveryCodeHash = users.PasswordHasher.HashPassword(account, code);
            await users.UpdateAsync(account);
            newCode = SecretCode.Format(code);
        }

        await upgrade.RunAsync(SealingKey.Personal(account.Id, key));
        await SignInWithKeyAsync(account, key);
        Infrastructure.Metrics.SignIns.Add(1);
        return new SessionStart(true, newCode);
    }

    public Task SignInWithKeyAsync(Account account, byte[] key) =>
        signIn.SignInWithClaimsAsync(account, isPersistent: false, [KeyRing.ClaimFor(key)]);
}
