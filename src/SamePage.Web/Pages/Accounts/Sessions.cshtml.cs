using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Accounts;

/// <summary>
/// Where the person is signed in, and ending any of it but this session (signing out ends this one).
/// Ending asks for the passphrase, so a stolen cookie cannot sign its owner out.
/// </summary>
[Authorize]
public sealed class SessionsModel(SessionRecords records, PassphraseCheck passphrases, IStringLocalizer<SharedResource> l) : MemberPageModel
{
    public SessionsCard Card { get; private set; } = new([], OnOwnPage: true);

    /// <summary>How many sessions the last action ended, for the notice; null when nothing was just done.</summary>
    public int? Ended { get; private set; }

    public async Task OnGetAsync(int? ended = null)
    {
        Ended = ended is null ? null : Math.Max(0, ended.Value);
        Card = new SessionsCard(await records.ListAsync(User), OnOwnPage: true);
    }

    /// <param name="which">"others" for every session but this one, or the number of one session.</param>
    public async Task<IActionResult> OnPostEndAsync(string? which, string? passphrase)
    {
        var check = await passphrases.CheckAsync(AccountId, passphrase);
        if (check != PassphraseCheckResult.Confirmed)
        {
            var error = check == PassphraseCheckResult.Paused
                ? l["After many attempts, this pauses for 15 minutes to keep your account safe. Please try again later."]
                : l["That isn't your passphrase. Please check it and try again; it's case-sensitive."];
            Card = new SessionsCard(await records.ListAsync(User), error, which, OnOwnPage: true);
            return Page();
        }

        var ended = which == "others" ? await records.EndOthersAsync(User)
            : int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? await records.EndNumberAsync(User, number)
            : 0;
        return Redirect(string.Create(CultureInfo.InvariantCulture, $"/account/sessions?ended={ended}"));
    }
}
