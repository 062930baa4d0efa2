using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Accounts;

/// <summary>Where the person is signed in, and ending any of it but this session (signing out ends this one).</summary>
[Authorize]
public sealed class SessionsModel(SessionRecords records) : MemberPageModel
{
    public IReadOnlyList<SessionListed> Sessions { get; private set; } = [];

    /// <summary>How many sessions the last action ended, for the notice; null when nothing was just done.</summary>
    public int? Ended { get; private set; }

    public async Task OnGetAsync(int? ended = null)
    {
        Ended = ended is null ? null : Math.Max(0, ended.Value);
        Sessions = await records.ListAsync(User);
    }

    public async Task<IActionResult> OnPostEndAsync(int number)
    {
        var ended = number > 0 ? await records.EndNumberAsync(User, number) : 0;
        return Redirect($"/account/sessions?ended={ended}");
    }

    public async Task<IActionResult> OnPostOthersAsync()
    {
        var ended = await records.EndOthersAsync(User);
        return Redirect($"/account/sessions?ended={ended}");
    }
}
