using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Accounts;

/// <summary>A new passphrase with the recovery code; the used code is replaced by a new one, shown once.</summary>
[EnableRateLimiting(RateLimits.Recovery)]
public sealed class RecoverModel(UserManager<Account> users, AccountKeys keys, SignInDesk signIns, SessionRecords records, EqualWork equalWork, LegacyUpgrade upgrade, AccountWords messages, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewPassphrase { get; set; }

    public string? Error { get; private set; }

    public string? PassphraseError { get; private set; }

    public string? NewRecoveryCode { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var username = Core.Accounts.Username.Normalize(Username);
        var code = SecretCode.Normalize(Code, RecoveryCodes.Groups);
        // As at sign-in: only a name sign-up could have accepted is looked up (a NUL would fail in PostgreSQL).
        var account = Core.Accounts.Username.Check(username) == UsernameProblem.None ? await users.FindByNameAsync(username) : null;
        var matches = account?.RecoveryCodeHash is not null && code is not null
            && users.PasswordHasher.VerifyHashedPassword(account, account.RecoveryCodeHash, code) != PasswordVerificationResult.Failed;
        if (account?.RecoveryCodeHash is null || code is null)
        {
            equalWork.Verify(code ?? Code); // no verifier was checked: the same work anyway, so timing tells no account apart
        }

        // The code opens the person's key; an account from before user-held keys has none yet.
        var key = matches && AccountKeys.HasKeys(account!) ? AccountKeys.OpenWithRecoveryCode(account!, code!) : null;
        if (!matches || (key is null && AccountKeys.HasKeys(account!)))
        {
            Error = code is null && !string.IsNullOrWhiteSpace(Code)
                ? l["A recovery code has 25 letters and digits, in five groups of five. Please check it and try again."]
                : l["That username and recovery code don't match. Please check both and try again."];
            return Page();
        }

        PassphraseError = messages.For(PassphrasePolicy.Check(NewPassphrase, username));
        if (PassphraseError is not null)
        {
            return Page();
        }

        var token = await users.GeneratePasswordResetTokenAsync(account!);
        var reset = await users.ResetPasswordAsync(account!, token, NewPassphrase!);
        if (!reset.Succeeded)
        {
            PassphraseError = messages.For(PassphraseProblem.Common);
            return Page();
        }

        var next = RecoveryCodes.Create();
        account!.RecoveryCodeHash = users.PasswordHasher.HashPassword(account, next);
        if (key is null)
        {
            key = keys.Create(account, NewPassphrase!, next);
        }
        else
        {
            // The same key, wrapped under the new passphrase and the new code: nothing is re-encrypted.
            keys.WrapUnderPassphrase(account, key, NewPassphrase!);
            AccountKeys.WrapUnderRecoveryCode(account, key, next);
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        await users.UpdateAsync(account);
        await records.EndAllAsync(account.Id); // whoever was signed in with the old passphrase is not any more
        await upgrade.RunAsync(SealingKey.Personal(account.Id, key));
        await signIns.SignInWithKeyAsync(account, key);
        NewRecoveryCode = SecretCode.Format(next);
        NewPassphrase = null;
        Code = null;
        return Page();
    }
}
