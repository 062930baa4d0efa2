using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Accounts;

/// <summary>The export form as a page shows it: the format chosen and, after a refused passphrase, why.</summary>
public sealed record ExportForm(ExportFormat Format = ExportFormat.Both, string? Error = null);

/// <summary>
/// "Download everything of mine": asks for the passphrase again (a wrong one counts toward the sign-in
/// lockout and downloads nothing), then hands over the chosen files. Nothing about the person is in
/// the address, and the download is never cached.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ExportModel(
    PassphraseCheck passphrases, AccountExport export, PersonalExportWords words, IStringLocalizer<SharedResource> l)
    : MemberPageModel
{
    public ExportForm Form { get; private set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? passphrase, ExportFormat format = ExportFormat.Both)
    {
        if (!Enum.IsDefined(format))
        {
            format = ExportFormat.Both;
        }

        var check = await passphrases.CheckAsync(AccountId, passphrase);
        if (check != PassphraseCheckResult.Confirmed)
        {
            Form = new ExportForm(format, check == PassphraseCheckResult.Paused
                ? l["Too many tries with the wrong passphrase. For your safety, this is paused for a few minutes; nothing was downloaded. Your recovery code can set a new passphrase meanwhile."]
                : l["That passphrase doesn't match your account. Please type it again; nothing was downloaded."]);
            return Page();
        }

        if (await export.GatherAsync(AccountId) is not { } everything)
        {
            return Redirect("/signin");
        }

        var file = PersonalExportFiles.For(format, everything, words, DownloadNames.For(User, "samepage", DownloadNames.Neutral));
        Response.Headers.CacheControl = "no-store";
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
