using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.Agreements.Exports;
using SamePage.Web.Circles;
using SamePage.Web.Content;

namespace SamePage.Web.Pages.Agreements;

/// <summary>
/// One version, ready to print: the clauses by category, who proposed and signed it and when, its dates
/// and fingerprint. The print stylesheet leaves out everything but the document; the links to the
/// downloads live here too.
/// </summary>
public sealed class PrintModel(
    CircleAccess circles, AgreementVersionDesk versions, ContentLibrary content, AgreementWords words, IStringLocalizer<SharedResource> l, PersonTime time)
    : CopyPageModel(circles, versions, content, words, l, time)
{
    public async Task<IActionResult> OnGetAsync(Guid id, int number) =>
        await OpenCopyAsync(id, number) ? Page() : NotFound();
}
