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
        await SignOutAsync();
        return RedirectToPage("/Accounts/SignOut", new { done = true });
    }

    /// <summary>
    /// The quick exit's beacon, sent while the page is already leaving: the same sign-out, with nothing
    /// to show, so going Back or reopening the tab finds no session.
    /// </summary>
    public async Task<IActionResult> OnPostQuickAsync()
    {
        await SignOutAsync();
        return new NoContentResult();
    }

    private async Task SignOutAsync()
    {
        await push.ForgetThisBrowserAsync(HttpContext); // no more notifications in this browser
        await signIn.SignOutAsync();
    }
}
