using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Concerns;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;

namespace SamePage.Web.Pages.Concerns;

/// <summary>
/// One concern, for the people it involves: the author's private draft (for the author only), or the
/// shared text, the replies and the outcome. Everyone else gets a 404, on every handler.
/// </summary>
public sealed class ConcernModel(CircleAccess circles, ConcernDesk concerns, IStringLocalizer<SharedResource> l)
    : ConcernPageModel(circles, concerns, l)
{
    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public ConcernOutcome? Outcome { get; set; }

    public string? Notice { get; private set; }

    public string? ReplyProblem { get; private set; }

    /// <summary>The concern was settled while this reply was being written: it wasn't added, and is shown to copy.</summary>
    public bool ReplyRefusedBecauseClosed { get; private set; }

    public string? OutcomeProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid concernId, string? notice)
    {
        if (!await OpenConcernAsync(id, concernId))
        {
            return NotFound();
        }

        Notice = notice switch
        {
            "saved" => L["Saved. Only you can see this draft."],
            "shared" => L["Shared with {0}. Only they can see it, and reply.", NamesOf(Concern.Case.Recipients)],
            "replied" => L["Your reply was added."],
            "recorded" => L["The outcome was recorded."],
            "already-shared" => L["This concern has already been shared, so it can't be edited or shared again. You can add to it in a reply."],
            "already-closed" => L["An outcome had already been recorded, so yours wasn't added. Here is what was recorded."],
            _ => (string?)null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostRespondAsync(Guid id, Guid concernId)
    {
        if (!await OpenConcernAsync(id, concernId))
        {
            return NotFound();
        }

        var text = ConcernText.Normalize(Reply);
        if (text.Length == 0)
        {
            ReplyProblem = L["Please write your reply first."];
            return Page();
        }

        if (ConcernText.Check(text) == TextProblem.TooLong)
        {
            ReplyProblem = L["Your reply is {0} characters long, over the limit of {1}. It hasn't been sent; your text is still below, so you can shorten it and send it again.",
                ConcernText.Length(text).ToString("N0", System.Globalization.CultureInfo.CurrentCulture), ConcernWords.Limit];
            return Page();
        }

        switch (await Concerns.RespondAsync(Circle, concernId, text))
        {
            case RespondOutcome.Allowed:
                return Redirect($"{ThisConcernPath}?notice=replied#replies");
            case RespondOutcome.Closed:
                Concern = await Concerns.FindAsync(Circle, concernId) ?? Concern;
                ReplyProblem = L["An outcome was recorded while you were writing, so your reply wasn't added. Here it is, in case you want to keep it or raise a new concern."];
                ReplyRefusedBecauseClosed = true;
                return Page();
            case RespondOutcome.NotShared:
                return Redirect(ThisConcernPath);
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid concernId)
    {
        if (!await OpenConcernAsync(id, concernId))
        {
            return NotFound();
        }

        if (Outcome is not { } outcome || !ConcernOutcomes.IsOutcome(outcome))
        {
            OutcomeProblem = L["Please choose what you decided together."];
            return Page();
        }

        return await Concerns.CloseAsync(Circle, concernId, outcome) switch
        {
            CloseOutcome.Closed => Redirect($"{ThisConcernPath}?notice=recorded#outcome"),
            CloseOutcome.AlreadyClosed => Redirect($"{ThisConcernPath}?notice=already-closed#outcome"),
            CloseOutcome.NotShared => Redirect(ThisConcernPath),
            _ => NotFound(),
        };
    }

    public string FollowUpPath(OutcomeFollowUp followUp) => followUp switch
    {
        OutcomeFollowUp.AmendTheAgreement => $"{CirclePath}/agreement",
        OutcomeFollowUp.PartingPath => $"{CirclePath}/parting",
        _ => "/help",
    };
}
