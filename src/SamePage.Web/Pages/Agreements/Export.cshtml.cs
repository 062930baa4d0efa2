using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.Agreements.Exports;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Agreements;

/// <summary>
/// Downloads of one version: Markdown (md), PDF (pdf), and a calendar reminder of its review date (ics).
/// File names say only which version it is; the security headers keep every answer out of caches.
/// </summary>
public sealed class ExportModel(
    CircleAccess circles, AgreementVersionDesk versions, ContentLibrary content, AgreementWords words, IStringLocalizer<SharedResource> l, TimeProvider clock, PersonTime time, PublicAddress address)
    : CopyPageModel(circles, versions, content, words, l, time)
{
    public async Task<IActionResult> OnGetAsync(Guid id, int number, string format)
    {
        if (format is not ("md" or "pdf" or "ics") || !await OpenCopyAsync(id, number))
        {
            return NotFound();
        }

        return format switch
        {
            "md" => File(Encoding.UTF8.GetBytes(AgreementMarkdown.Write(Copy, Words)), "text/markdown; charset=utf-8", DownloadNames.For(User, $"agreement-v{number}.md", $"{DownloadNames.Neutral}-{number}.md")),
            "pdf" => File(AgreementPdf.Write(Copy, Words), "application/pdf", DownloadNames.For(User, $"agreement-v{number}.pdf", $"{DownloadNames.Neutral}-{number}.pdf")),
            _ => Reminder(number),
        };
    }

    private IActionResult Reminder(int number)
    {
        if (!HasReminder)
        {
            return NotFound();
        }

        var link = address.Link(Request, VersionPath(number));
        var calendar = ReviewReminder.Write(Copy.VersionId, Copy.ReviewOn!.Value, link, clock.GetUtcNow().UtcDateTime, Words);
        return File(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", DownloadNames.For(User, $"agreement-review-v{number}.ics", $"{DownloadNames.Neutral}.ics"));
    }
}
