using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Catalogue;
using SamePage.Core.Circles;
using SamePage.Core.Rounds;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

public enum ReviewNotice
{
    None,
    Incomplete,
    AlreadySubmitted,
    Submitted,
    Locked,
}

/// <summary>Check your answers and submit; afterwards, your own answers, read-only, while the others finish.</summary>
public sealed class ReviewModel(CircleAccess circles, RoundDesk rounds, DraftDesk drafts, CircleStanding standing) : RoundPageModel(circles, rounds)
{
    public ReviewNotice Notice { get; private set; }

    public bool HasSubmitted => State.HasSubmitted(Circle.Me.MembershipId);

    /// <summary>Where the circle stood when this page was made; once submitted, the page reloads itself when it moves on.</summary>
    public string Stamp { get; private set; } = string.Empty;

    /// <summary>After submitting: waiting for those who have not (or, alone, inviting someone).</summary>
    public NextStep Step => NextStep.For(new CircleFacts(Circle.Me.MembershipId, Circle.Members.Count, Round.Number, State));

    public NextStepCard StepCard => new(Step, Circle, Round.Number, CanAnswer: false, HerePath: $"{RoundPath}/review");

    public IReadOnlyList<Behaviour> Unanswered => [.. Catalogue.Behaviours.Where(b => !Sheet.Answers.ContainsKey(b.Id))];

    public async Task<IActionResult> OnGetAsync(Guid id, int number, ReviewNotice notice = ReviewNotice.None)
    {
        // The stamp first: whatever happens while the page is made moves it, and the page reloads.
        if (await standing.StampAsync(id, AccountId) is not { } stamp || !await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (State.Phase == RoundPhase.Revealed)
        {
            return ToComparisonOrReview();
        }

        Stamp = stamp;
        Sheet = await Rounds.SheetAsync(Circle, Round, Circle.Me.MembershipId);
        Notice = notice;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        // The submission moves the round's state on (Core's transition), so State is already what it is now.
        var result = await drafts.SubmitAsync(Circle, Round, Circle.Me.MembershipId);
        return result switch
        {
            SubmitResult.Submitted when State.Phase == RoundPhase.Revealed => Redirect($"{RoundPath}/comparison"),
            SubmitResult.Submitted => Redirect($"{RoundPath}/review?notice={ReviewNotice.Submitted}"),
            SubmitResult.Incomplete => Redirect($"{RoundPath}/review?notice={ReviewNotice.Incomplete}"),
            SubmitResult.AlreadySubmitted when State.Phase != RoundPhase.Revealed => Redirect($"{RoundPath}/review?notice={ReviewNotice.AlreadySubmitted}"),
            _ => ToComparisonOrReview(),
        };
    }
}
