using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Accounts;

/// <summary>
/// Where the recovery code's form posts: Continue (only once "I have stored it" is ticked; otherwise
/// the code is shown again with a kind word) and Download (a small text file with the code). The code
/// comes in the form's body, never in an address, and is checked against the account's verifier, so
/// this page only ever echoes the person's own current code.
/// </summary>
[Authorize]
public sealed class RecoveryCodeModel(UserManager<Account> users, IStringLocalizer<SharedResource> l) : MemberPageModel
{
    public RecoveryCodeView View { get; private set; } = new(string.Empty, "/circles");

    public IActionResult OnGet() => Redirect("/circles");

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl, bool stored)
    {
        var next = SafeReturn.Url(returnUrl, Url);
        if (await CurrentCodeAsync(code) is not { } current)
        {
            return Redirect(next); // not this account's code (an old tab, a used code): nothing to show again
        }

        if (stored)
        {
            return Redirect(next);
        }

        View = new RecoveryCodeView(current, next, NotStored: true);
        return Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync(string? code)
    {
        if (await CurrentCodeAsync(code) is not { } current)
        {
            return Redirect("/circles");
        }

        var line = DownloadNames.AreNeutral(User)
            ? l["A recovery code. Keep it somewhere only you can reach."]
            : l["Your SamePage recovery code: it lets you choose a new passphrase if you forget yours."];
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes($"{current}\r\n\r\n{line}\r\n"), "text/plain; charset=utf-8",
            DownloadNames.For(User, "samepage-recovery-code.txt", $"{DownloadNames.Neutral}.txt"));
    }

    /// <summary>The posted code, formatted, if it is this account's current recovery code.</summary>
    private async Task<string?> CurrentCodeAsync(string? posted)
    {
        var canonical = SecretCode.Normalize(posted, RecoveryCodes.Groups);
        var account = canonical is null ? null : await users.FindByIdAsync(AccountId.ToString());
        return account?.RecoveryCodeHash is not null
            && users.PasswordHasher.VerifyHashedPassword(account, account.RecoveryCodeHash, canonical!) != PasswordVerificationResult.Failed
                ? SecretCode.Format(canonical!)
                : null;
    }
}
