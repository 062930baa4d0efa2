using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data.Entities;
using SamePage.Web.Infrastructure;
using SamePage.Web.Localisation;

namespace SamePage.Web.Pages;

/// <summary>
/// The language picker (in every page's footer, and as this page): a plain form. The choice is
/// remembered in this browser (a cookie holding only the language) and, for someone signed in, kept
/// with their account and carried in their sign-in cookie, so it follows them to every device.
/// </summary>
public sealed class LanguageModel(UserManager<Account> users, SignInManager<Account> signIn) : PageModel
{
    [BindProperty]
    public string? Language { get; set; }

    /// <summary>The page to go back to once the choice is made (only ever a SamePage address).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    /// <summary>What was sent is not a language SamePage speaks; the form shows it again.</summary>
    public bool Refused { get; private set; }

    public string Current => Languages.Current;

    public string BackTo => ReturnTo is { Length: > 0 } to && Url.IsLocalUrl(to) && !to.StartsWith("/language", StringComparison.OrdinalIgnoreCase) ? to : "/";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Languages.Canonical(Language) is not { } code)
        {
            Refused = true;
            return Page();
        }

        LanguageSetup.Remember(Response, code);
        if (User.Identity?.IsAuthenticated == true
            && Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id)
            && await users.FindByIdAsync(id.ToString()) is { } account)
        {
            if (account.Language != code)
            {
                account.Language = code;
                await users.UpdateAsync(account);
            }

            await signIn.RefreshSignInAsync(account); // the language travels in the sign-in cookie
        }

        return Redirect(SafeReturn.Encoded(BackTo));
    }
}
