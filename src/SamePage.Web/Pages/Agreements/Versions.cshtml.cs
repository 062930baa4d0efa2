using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Agreements;

/// <summary>Every version of the agreement, newest first, with who proposed and signed it.</summary>
public sealed class VersionsModel(CircleAccess circles, AgreementVersionDesk versions) : AgreementPageModel(circles)
{
    public IReadOnlyList<VersionView> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Versions = await versions.VersionsAsync(Circle);
        return Page();
    }
}
