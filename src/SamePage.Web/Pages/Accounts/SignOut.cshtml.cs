using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data.Entities;
using SamePage.Web.Push;

namespace SamePage.Web.Pages.Accounts;

public sealed class SignOutModel(SignInManager<Account> signIn, PushDesk push) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await push.ForgetThisBrowserAsync(HttpContext); // no more notifications in this browser
        await signIn.SignOutAsync();
        return RedirectToPage("/Accounts/SignOut", new { done = true });
    }
}
