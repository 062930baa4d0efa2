using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Content;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// A page that hands out a copy of one version (the print page, the downloads). Only members get one:
/// anyone else, and any version number the circle does not have, gets a 404.
/// </summary>
[Authorize]
public abstract class CopyPageModel(
    CircleAccess circles, AgreementVersionDesk versions, ContentLibrary content, AgreementWords words, IStringLocalizer<SharedResource> l, PersonTime time)
    : AgreementPageModel(circles)
{
    /// <summary>A copy may be read anywhere, so its times are the reader's, with the zone named.</summary>
    public ExportWords Words { get; } = new(l, time.MomentWithZone);

    public ExportedVersion Copy { get; private set; } = null!;

    /// <summary>A calendar reminder is offered for the version the circle lives by, once it has a review date.</summary>
    public bool HasReminder => Copy.Status == VersionStatus.Active && Copy.ReviewOn is not null;

    public string ExportPath(string format) => $"{VersionPath(Copy.Number)}/export/{format}";

    /// <summary>Loads the circle and the version for the signed-in member; false means "not found" for this person.</summary>
    protected async Task<bool> OpenCopyAsync(Guid circleId, int number)
    {
        var version = await OpenCircleAsync(circleId) ? await versions.VersionAsync(Circle, number) : null;
        if (version is null)
        {
            return false;
        }

        Copy = ExportedVersion.From(Circle, version, content.Catalogue, words, Words);
        return true;
    }
}
