using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Catalogue;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.Circles;

namespace SamePage.Web.Rounds;

/// <summary>A page about one round of one circle; anyone who is not a member gets a 404.</summary>
public abstract class RoundPageModel(CircleAccess circles, RoundDesk rounds) : CirclePageModel(circles)
{
    protected RoundDesk Rounds { get; } = rounds;

    public Round Round { get; private set; } = null!;

    public RoundState State { get; protected set; } = null!;

    /// <summary>The behaviours this round asks, the circle's own included.</summary>
    public BehaviourCatalogue Catalogue { get; private set; } = null!;

    public string RoundPath => $"/circles/{Circle.Id}/rounds/{Round.Number}";

    /// <summary>The signed-in member's draft, on the pages that show or save it.</summary>
    public AnswerSheet Sheet { get; protected set; } = new();

    /// <summary>Something posted could not be read: it was set aside, and the page is shown again.</summary>
    public bool HadUnreadableAnswer { get; protected set; }

    /// <summary>Too many saves at once: nothing was written, and the page shows what was posted so Save can try again.</summary>
    public bool NotSaved { get; protected set; }

    /// <summary>Loads circle, round and state; false means "not found" for this person.</summary>
    protected async Task<bool> OpenAsync(Guid circleId, int number)
    {
        var round = await OpenCircleAsync(circleId) ? await Rounds.FindAsync(circleId, number) : null;
        if (round is null)
        {
            return false;
        }

        Round = round;
        State = await Rounds.StateAsync(Circle, round);
        Catalogue = await Rounds.CatalogueAsync(Circle, round);
        return true;
    }

    protected IActionResult ToComparisonOrReview() =>
        Redirect(State.Phase == RoundPhase.Revealed && State.Members.Contains(Circle.Me.MembershipId)
            ? $"{RoundPath}/comparison"
            : State.Phase == RoundPhase.Revealed ? CirclePath : $"{RoundPath}/review");

    /// <summary>
    /// Save (no JavaScript), the same on every page of the draft: stores the changes, then goes where
    /// <paramref name="next"/> says. Busy, or something unreadable posted: the page again, nothing typed
    /// lost. Submitted or revealed meanwhile: to the review or the comparison.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(DraftDesk drafts, DraftChanges changes, Func<string> next)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(next);
        var (outcome, sheet) = await drafts.SaveAsync(Circle, Round, Circle.Me.MembershipId, changes);
        if (outcome == SaveOutcome.Busy)
        {
            Sheet = sheet;
            NotSaved = true;
            return Page();
        }

        if (outcome != SaveOutcome.Saved)
        {
            return ToComparisonOrReview();
        }

        if (HadUnreadableAnswer)
        {
            Sheet = sheet;
            return Page();
        }

        return Redirect(next());
    }

    /// <summary>
    /// Autosave (JavaScript): the same save, answered with the new progress and its line ("23 of 63 ·
    /// about 9 minutes left"). Not saved (submitted, revealed, or too many saves at once): a 409, and the
    /// page's Save button remains.
    /// </summary>
    protected async Task<IActionResult> AutosaveAsync(DraftDesk drafts, DraftChanges changes, RoundWords words)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(words);
        var (outcome, sheet) = await drafts.SaveAsync(Circle, Round, Circle.Me.MembershipId, changes);
        if (outcome != SaveOutcome.Saved)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { saved = false });
        }

        var (answered, total) = (sheet.AnsweredIn(Catalogue), Catalogue.Behaviours.Count);
        return new JsonResult(new { saved = !HadUnreadableAnswer, answered, total, progress = words.Progress(answered, total) });
    }
}
