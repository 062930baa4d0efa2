using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Core.Concerns;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;

namespace SamePage.Web.Pages.Concerns;

/// <summary>
/// The author chooses whom to share a draft with, after reading exactly what they will see. The form
/// names people by seat (never by id) and carries a fingerprint of who sat where, so a seat that changed
/// hands while the page was open never receives a concern meant for someone else.
/// </summary>
public sealed class ShareModel(CircleAccess circles, ConcernDesk concerns, ConcernDraftDesk drafts, ConcernWords words, IStringLocalizer<SharedResource> l)
    : ConcernPageModel(circles, concerns, l)
{
    [BindProperty]
    public List<int> For { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Roster { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The other current members, in seat order.</summary>
    public IReadOnlyList<MemberView> Others => [.. Circle.Members.Where(m => !m.IsYou)];

    public string RosterNow => Fingerprint(Circle);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid concernId)
    {
        if (await OpenDraftAsync(id, concernId) is { } elsewhere)
        {
            return elsewhere;
        }

        // With one partner there is only one choice; with more, the author ticks each person.
        For = Others.Count == 1 ? [Others[0].Seat] : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid concernId)
    {
        if (await OpenDraftAsync(id, concernId) is { } elsewhere)
        {
            return elsewhere;
        }

        if (!string.Equals(Roster, RosterNow, StringComparison.Ordinal))
        {
            Problem = L["Someone joined or left the circle while this page was open. Please check whom you're sharing with, then share again."];
            For = [.. For.Where(seat => Others.Any(m => m.Seat == seat))];
            return Page();
        }

        if (Version != Concern.Version)
        {
            return Changed();
        }

        var chosen = For.Distinct().Select(seat => Circle.Members.FirstOrDefault(m => m.Seat == seat)?.MembershipId ?? Guid.Empty).ToList();
        var result = await drafts.ShareAsync(Circle, concernId, Version, chosen);
        if (result.Shared)
        {
            return Redirect($"{ThisConcernPath}?notice=shared");
        }

        if (result.ChangedMeanwhile)
        {
            Concern = await Concerns.FindAsync(Circle, concernId) ?? Concern;
            return Changed();
        }

        switch (result.Outcome)
        {
            case ShareOutcome.AlreadyShared:
            case ShareOutcome.NotTheAuthor:
                return Redirect($"{ThisConcernPath}?notice=already-shared");
            case ShareOutcome.NotFound:
                return NotFound();
            default:
                Problem = words.Refusal(result.Outcome);
                return Page();
        }
    }

    public bool Ticked(int seat) => For.Contains(seat);

    private PageResult Changed()
    {
        Problem = L["Your draft was changed (perhaps in another tab) after this page was opened. Here it is as it is now; please read it again before you share it."];
        ModelState.Remove(nameof(Version));
        return Page();
    }

    private async Task<IActionResult?> OpenDraftAsync(Guid id, Guid concernId)
    {
        if (!await OpenConcernAsync(id, concernId))
        {
            return NotFound();
        }

        return Concern.Case.CanEdit(Circle.Me.MembershipId) switch
        {
            EditOutcome.Allowed => null,
            EditOutcome.AlreadyShared or EditOutcome.NotTheAuthor => Redirect($"{ThisConcernPath}?notice=already-shared"),
            _ => NotFound(),
        };
    }

    /// <summary>Who sits in which seat now, as a short fingerprint: it changes when anyone joins or leaves.</summary>
    private static string Fingerprint(CircleView circle)
    {
        var roster = string.Join(';', circle.Members.OrderBy(m => m.Seat).Select(m => $"{m.Seat}={m.MembershipId:N}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(roster)).AsSpan(0, 12));
    }
}
