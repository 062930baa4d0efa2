using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SamePage.Web.Pages.Accounts;

/// <summary>Where someone lands after deleting their account. It names nobody and reads nothing.</summary>
public sealed class GoodbyeModel : PageModel
{
    public void OnGet()
    {
    }
}
