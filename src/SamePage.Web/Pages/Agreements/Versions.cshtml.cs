using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Agreements;

/// <summary>Every version of the agreement, newest first, with who proposed and signed it.</summary>
public sealed class VersionsModel(CircleAccess circles, AgreementDesk agreements) : AgreementPageModel(circles, agreements)
{
    public IReadOnlyList<VersionView> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Versions = await Agreements.VersionsAsync(Circle);
        return Page();
    }
}
