using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;
using SamePage.Web.Demo;

namespace SamePage.Web.Pages.Demo;

/// <summary>"Try it with a sample partner": one button makes the account's demo, or leads to the one it has.</summary>
public sealed class StartModel(DemoDesk demos) : MemberPageModel
{
    public Guid? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!demos.IsOffered)
        {
            return NotFound();
        }

        Existing = await demos.FindAsync(AccountId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await demos.StartAsync(AccountId) is not { } circleId)
        {
            return NotFound();
        }

        return Redirect($"/circles/{circleId}/demo");
    }
}
