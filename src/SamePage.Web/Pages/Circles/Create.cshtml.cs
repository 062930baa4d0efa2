using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Circles;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class CreateModel(CircleAccess circles, CircleMessages messages, IStringLocalizer<SharedResource> l) : MemberPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    public string? NameError { get; private set; }

    public string? DisplayNameError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim() ?? string.Empty;
        NameError = name.Length switch
        {
            0 => l["Please give the circle a name. Only its members will see it."],
            > CircleRules.MaxCircleNameLength => l["Please keep the circle's name to {0} characters or fewer.", CircleRules.MaxCircleNameLength],
            _ => (string?)null,
        };
        DisplayNameError = messages.For(CircleRules.CheckDisplayName(DisplayName, []));
        if (NameError is not null || DisplayNameError is not null)
        {
            return Page();
        }

        var id = await circles.CreateAsync(AccountId, name, DisplayName!);
        return Redirect($"/circles/{id}");
    }
}
