using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

/// <summary>
/// Parting ways, kindly: exactly what happens to which data when a member leaves or the circle ends,
/// a copy of the agreement first, then leaving (posted to the Leave page, which nobody has to approve).
/// </summary>
public sealed class PartingModel(CircleAccess circles, AgreementVersionDesk agreements) : CirclePageModel(circles)
{
    public bool HasVersions { get; private set; }

    public bool YouAreTheLast => Circle.Members.Count == 1;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        HasVersions = (await agreements.VersionsAsync(Circle)).Count > 0;
        return Page();
    }
}
