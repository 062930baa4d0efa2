using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.Pages.Accounts;

/// <summary>The person's own settings: for now, discreet mode.</summary>
[Authorize]
public sealed class SettingsModel(UserManager<Account> users, SignInManager<Account> signIn, PushDesk push, SessionRecords records) : MemberPageModel
{
    public bool Discreet { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyList<SessionListed> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        var account = await users.FindByIdAsync(AccountId.ToString());
        if (account is null)
        {
            return Redirect("/signin");
        }

        Discreet = account.DiscreetMode;
        Saved = saved;
        Sessions = await records.ListAsync(User);
        return Page();
    }

    public async Task<IActionResult> OnPostDiscreetAsync(bool on)
    {
        var account = await users.FindByIdAsync(AccountId.ToString());
        if (account is null)
        {
            return Redirect("/signin");
        }

        account.DiscreetMode = on;
        if (on)
        {
            await push.ForgetAllAsync(account.Id); // a notification could give SamePage away on a glanced-at screen
        }

        await users.UpdateAsync(account);
        await signIn.RefreshSignInAsync(account); // the choice travels in the sign-in cookie
        return Redirect("/account?saved=true");
    }
}
