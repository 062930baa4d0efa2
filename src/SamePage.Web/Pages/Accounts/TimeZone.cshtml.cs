using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Accounts;

/// <summary>
/// The time zone a person reads times in: chosen here, or sent once by their browser (time-zone.js)
/// while the account has none. It travels in the sign-in cookie, like discreet mode.
/// </summary>
[Authorize]
public sealed class TimeZoneModel(UserManager<Account> users, SignInManager<Account> signIn, PersonTime time) : MemberPageModel
{
    [BindProperty]
    public string? Zone { get; set; }

    /// <summary>What was sent could not be read as a time zone; the form shows it again.</summary>
    public bool Refused { get; private set; }

    public string Current => time.ZoneId ?? "UTC";

    public IReadOnlyList<string> Choices => PersonTime.Choices;

    /// <summary>The zone the list shows as chosen: the one saved, never the garbage just refused.</summary>
    public string Selected => Refused ? Current : Zone ?? "UTC";

    public void OnGet() => Zone = time.ZoneId;

    public async Task<IActionResult> OnPostAsync()
    {
        if (PersonTime.Canonical(Zone) is not { } zone)
        {
            Refused = true;
            return Page();
        }

        return await SaveAsync(zone, onlyIfUnset: false) ? Redirect("/account?saved=true#time-zone") : Redirect("/signin");
    }

    /// <summary>The browser's guess: kept only while the account has no zone, so it never overrides a choice.</summary>
    public async Task<IActionResult> OnPostGuessAsync()
    {
        if (PersonTime.Canonical(Zone) is not { } zone)
        {
            return BadRequest();
        }

        await SaveAsync(zone, onlyIfUnset: true);
        return new NoContentResult();
    }

    private async Task<bool> SaveAsync(string zone, bool onlyIfUnset)
    {
        var account = await users.FindByIdAsync(AccountId.ToString());
        if (account is null)
        {
            return false;
        }

        if (!onlyIfUnset || account.TimeZone is null)
        {
            account.TimeZone = zone;
            await users.UpdateAsync(account);
        }

        await signIn.RefreshSignInAsync(account); // the zone travels in the sign-in cookie
        return true;
    }
}
