using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Accounts;

/// <summary>
/// "Delete my account now": says plainly what happens, then, with the passphrase (a wrong one counts
/// toward the sign-in lockout and deletes nothing), deletes everything at once, signs out and says goodbye.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class DeleteModel(
    PassphraseCheck passphrases, AccountDeletion deletion, SignInManager<Account> signIn, IStringLocalizer<SharedResource> l)
    : MemberPageModel
{
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? passphrase)
    {
        var check = await passphrases.CheckAsync(AccountId, passphrase);
        if (check != PassphraseCheckResult.Confirmed)
        {
            Error = check == PassphraseCheckResult.Paused
                ? l["Too many tries with the wrong passphrase. For your safety, this is paused for a few minutes; nothing was deleted. Your recovery code can set a new passphrase meanwhile."]
                : l["That passphrase doesn't match your account. Please type it again; nothing was deleted."];
            return Page();
        }

        await deletion.DeleteAsync(AccountId);
        await signIn.SignOutAsync();
        return Redirect("/goodbye");
    }
}
