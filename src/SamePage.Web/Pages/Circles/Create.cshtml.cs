using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Circles;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class CreateModel(CircleAccess circles, CircleWords messages, IStringLocalizer<SharedResource> l) : MemberPageModel
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
        NameError = CircleRules.CheckCircleName(Name) switch
        {
            DisplayNameProblem.None => (string?)null,
            DisplayNameProblem.Empty => l["Please give the circle a name. Only its members will see it."],
            DisplayNameProblem.TooLong => l["Please keep the circle's name to {0} characters or fewer.", CircleRules.MaxCircleNameLength],
            _ => l["That name contains an invisible or control character. Please type it again using ordinary letters, digits or symbols."],
        };
        DisplayNameError = messages.For(CircleRules.CheckDisplayName(DisplayName, []));
        if (NameError is not null || DisplayNameError is not null)
        {
            return Page();
        }

        var id = await circles.CreateAsync(AccountId, Name!, DisplayName!);
        return Redirect($"/circles/{id}");
    }
}
