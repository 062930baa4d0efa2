using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Concerns;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Concerns;

/// <summary>The concerns a member is part of: their private drafts, those shared with them, and those they raised. Nothing else.</summary>
public sealed class IndexModel(CircleAccess circles, ConcernDesk concerns, PersonTime time, IStringLocalizer<SharedResource> l)
    : ConcernPageModel(circles, concerns, l)
{
    private const int SnippetLength = 80;

    public ConcernList List { get; private set; } = null!;

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? notice)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        // The start of the viewer's private drafts sits beside text other members shared: sent as it is (decision 0024).
        HttpContext.ShowsSecret();

        List = await Concerns.ListAsync(Circle);
        Notice = notice == "deleted" ? L["Your draft was deleted."].Value : null;
        return Page();
    }

    /// <summary>The start of "what I noticed", on one line.</summary>
    public string Snippet(ConcernSummary item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var oneLine = string.Join(' ', item.Noticed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length == 0)
        {
            return L["(nothing noticed written yet)"];
        }

        var elements = new StringInfo(oneLine);
        return elements.LengthInTextElements <= SnippetLength ? oneLine : elements.SubstringByTextElements(0, SnippetLength).TrimEnd() + "…";
    }

    public string StatusLine(ConcernSummary item, ConcernWords words)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(words);
        var stage = item.Outcome is { } outcome ? $"{words.Stage(item.Stage, item.Author == Circle.Me.MembershipId)}: {words.Outcome(outcome)}" : words.Stage(item.Stage, item.Author == Circle.Me.MembershipId);
        return L["{0} · shared {1}", stage, item.SharedAtUtc is { } shared ? time.Day(shared) : time.Day(item.CreatedOn)];
    }
}
