using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Accounts;

/// <summary>A new passphrase: the person's key is wrapped again under it; nothing else is re-encrypted.</summary>
[Authorize]
public sealed class PassphraseModel(UserManager<Account> users, PassphraseCheck passphrases, AccountKeys keys, SessionRecords records, AccountWords messages, IStringLocalizer<SharedResource> l) : MemberPageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? NewPassphrase { get; set; }

    public string? CurrentError { get; private set; }

    public string? NewError { get; private set; }

    public bool Changed { get; private set; }

    /// <summary>Arrived from signing in with a passphrase shorter than today's minimum: a kind word, and a way on.</summary>
    public bool Longer { get; private set; }

    /// <summary>Where "not now" leads (a local address only).</summary>
    public string? ContinueUrl { get; private set; }

    public void OnGet(bool changed = false, bool longer = false, string? returnUrl = null)
    {
        Changed = changed;
        Longer = longer && !changed;
        ContinueUrl = Longer ? Infrastructure.SafeReturn.Url(returnUrl, Url) : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.FindByIdAsync(AccountId.ToString());
        if (account is null)
        {
            return Redirect("/signin");
        }

        var check = await passphrases.CheckAsync(AccountId, Current);
        var key = check == PassphraseCheckResult.Confirmed ? AccountKeys.OpenWithPassphrase(account, Current!) : null;
        if (key is null)
        {
            CurrentError = check == PassphraseCheckResult.Paused
                ? l["After many attempts, changing the passphrase pauses for 15 minutes to keep your account safe. Please try again later."]
                : l["That isn't your current passphrase. Please check it and try again; it's case-sensitive."];
            Current = null;
            return Page();
        }

        NewError = messages.For(PassphrasePolicy.Check(NewPassphrase, account.UserName));
        if (NewError is null && NewPassphrase == Current)
        {
            NewError = l["That is the passphrase you have now. Please choose a new one."];
        }

        if (NewError is not null)
        {
            return Page();
        }

        var changed = await users.ChangePasswordAsync(account, Current!, NewPassphrase!);
        if (!changed.Succeeded)
        {
            NewError = messages.For(PassphraseProblem.Common);
            return Page();
        }

        keys.WrapUnderPassphrase(account, key, NewPassphrase!);
        await users.UpdateAsync(account);
        await records.EndOthersAsync(User); // every other session ends now; this one stays
        return Redirect("/account/passphrase?changed=true");
    }
}
