using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Infrastructure;
using SamePage.Web.Localisation;

namespace SamePage.Web.Pages.Accounts;

[EnableRateLimiting(RateLimits.SignUp)]
public sealed class SignUpModel(UserManager<Account> users, AccountKeys keys, SignInDesk signIns, AccountWords messages) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? Passphrase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shown once, right after sign-up; only its hash is stored.</summary>
    public string? RecoveryCode { get; private set; }

    public string? UsernameError { get; private set; }

    public string? PassphraseError { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(SafeReturn.Url(ReturnUrl, Url)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var username = Core.Accounts.Username.Normalize(Username);
        UsernameError = messages.For(Core.Accounts.Username.Check(username));
        PassphraseError = messages.For(PassphrasePolicy.Check(Passphrase, username));
        if (UsernameError is null && await users.FindByNameAsync(username) is not null)
        {
            UsernameError = messages.UsernameTaken;
        }

        if (UsernameError is not null || PassphraseError is not null)
        {
            return Page();
        }

        // A visitor who chose a language with the picker keeps it; one who did not goes on following their browser.
        var chosen = HttpContext.Features.Get<IRequestCultureFeature>()?.Provider is CookieRequestCultureProvider ? Languages.Current : null;
        var account = new Account { Id = Guid.NewGuid(), UserName = username, Language = chosen };
        var code = RecoveryCodes.Create();
        account.RecoveryCodeHash = users.PasswordHasher.HashPassword(account, code);
        var key = keys.Create(account, Passphrase!, code);
        var result = await users.CreateAsync(account, Passphrase!);
        if (!result.Succeeded)
        {
            UsernameError = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? messages.UsernameTaken
                : null;
            PassphraseError = UsernameError is null ? messages.For(PassphraseProblem.TooShort) : null;
            return Page();
        }

        await signIns.SignInWithKeyAsync(account, key);
        RecoveryCode = SecretCode.Format(code);
        Passphrase = null;
        return Page();
    }
}
