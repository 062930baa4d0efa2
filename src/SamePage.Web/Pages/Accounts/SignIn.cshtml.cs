using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Accounts;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInDesk signIns, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Passphrase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Shown once when this sign-in gave an older account its own keys and so a new recovery code.</summary>
    public string? NewRecoveryCode { get; private set; }

    public string? ContinueUrl { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(SafeReturn.Url(ReturnUrl, Url)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var username = Core.Accounts.Username.Normalize(Username);
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(Passphrase))
        {
            Error = l["Please enter your username and your passphrase."];
            return Page();
        }

        // Only a name sign-up could have accepted is looked up. Anything else (a NUL, which PostgreSQL
        // refuses outright; a megabyte) matches no account and never reaches the database.
        Account? account = null;
        if (Core.Accounts.Username.Check(username) == Core.Accounts.UsernameProblem.None)
        {
            account = await signIns.CheckPassphraseAsync(username, Passphrase);
        }
        else
        {
            signIns.SpendEqualTime(Passphrase); // the same work as for any name, so timing tells nothing
        }

        if (account is not null)
        {
            var session = await signIns.StartAsync(account, Passphrase);
            if (session.Succeeded)
            {
                if (session.NewRecoveryCode is null)
                {
                    // A passphrase from before the 12-character minimum still works; the passphrase page asks, kindly, for a longer one.
                    return PassphrasePolicy.Check(Passphrase) == PassphraseProblem.TooShort
                        ? RedirectToPage("/Accounts/Passphrase", new { longer = true, returnUrl = SafeReturn.Url(ReturnUrl, Url) })
                        : Redirect(SafeReturn.Url(ReturnUrl, Url));
                }

                // An account from before user-held keys: shown once, like at sign-up.
                NewRecoveryCode = session.NewRecoveryCode;
                ContinueUrl = SafeReturn.Url(ReturnUrl, Url);
                Passphrase = null;
                return Page();
            }
        }

        // The same words whether the username exists, the passphrase is wrong, or the account is
        // paused after many attempts, so the page reveals nobody's account.
        Error = l["That username and passphrase don't match an account. Please check them and try again; both are case-sensitive. After many attempts, signing in to an account pauses for 15 minutes to keep it safe; your recovery code works meanwhile."];
        Passphrase = null;
        return Page();
    }
}
