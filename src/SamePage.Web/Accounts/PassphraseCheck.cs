using Microsoft.AspNetCore.Identity;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

public enum PassphraseCheckResult
{
    Confirmed,
    Wrong,

    /// <summary>Too many wrong passphrases: the account is paused, as it is for signing in.</summary>
    Paused,
}

/// <summary>
/// "Is it really you?" before something that cannot be taken back or that hands out private writing
/// (downloading everything, deleting the account). A wrong passphrase counts toward the same lockout
/// as signing in, so these forms can't be used to guess it.
/// </summary>
public sealed class PassphraseCheck(UserManager<Account> users, SignInManager<Account> signIn)
{
    public async Task<PassphraseCheckResult> CheckAsync(Guid accountId, string? passphrase)
    {
        var account = await users.FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            return PassphraseCheckResult.Wrong;
        }

        if (string.IsNullOrEmpty(passphrase))
        {
            return await users.IsLockedOutAsync(account) ? PassphraseCheckResult.Paused : PassphraseCheckResult.Wrong;
        }

        var result = await signIn.CheckPasswordSignInAsync(account, passphrase, lockoutOnFailure: true);
        return result.Succeeded ? PassphraseCheckResult.Confirmed
            : result.IsLockedOut ? PassphraseCheckResult.Paused
            : PassphraseCheckResult.Wrong;
    }
}
