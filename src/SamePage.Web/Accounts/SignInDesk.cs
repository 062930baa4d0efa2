using System.Security.Claims;
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
/// still under the legacy server key, and carries the key and a new session's id in the encrypted sign-in cookie.
/// </summary>
public sealed class SignInDesk(SignInManager<Account> signIn, UserManager<Account> users, AccountKeys keys, LegacyUpgrade upgrade, SessionRecords records, EqualWork equalWork)
{
    /// <summary>
    /// Checks the passphrase (with lockout); the account comes back only when it was right. A wrong
    /// passphrase, an unknown username and a paused account look the same, and do the same work:
    /// one Argon2id verification each (<see cref="EqualWork"/>).
    /// </summary>
    public async Task<Account?> CheckPassphraseAsync(string username, string passphrase)
    {
        var account = await users.FindByNameAsync(username);
        if (account is null)
        {
            equalWork.Verify(passphrase);
            return null;
        }

        // A demo's sample partner has no passphrase and is locked for good; this only says so twice.
        if (account.IsSamplePartner || await users.IsLockedOutAsync(account))
        {
            // Paused: verified like any other try, so it takes as long, but it neither counts as a
            // failure nor signs in, so probing a paused account does not lengthen the pause.
            equalWork.Verify(account, passphrase);
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(account, passphrase, lockoutOnFailure: true);
        return result.Succeeded ? account : null;
    }

    /// <summary>For a username no account could have: the same work as checking one, and no look-up.</summary>
    public void SpendEqualTime(string passphrase) => equalWork.Verify(passphrase);

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

    /// <summary>
    /// Signs in with a new server-side session (<see cref="SessionRecords"/>). Whatever session this
    /// browser had before ends first, so the new cookie carries only the new key and session.
    /// </summary>
    public async Task SignInWithKeyAsync(Account account, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.IsSamplePartner)
        {
            throw new InvalidOperationException("A sample partner is never signed in.");
        }

        var context = signIn.Context;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await signIn.SignOutAsync();
            context.User = new ClaimsPrincipal();
        }

        var session = await records.BeginAsync(account.Id);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [KeyRing.ClaimFor(key), session]);
    }
}
