using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;

namespace SamePage.Core.Tests.CheckIns;

/// <summary>A check-in's steps say what they changed: a submission, and the reveal that the last one (or someone leaving) brings.</summary>
public class CheckInRunTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Kit = Guid.NewGuid();

    [Fact]
    public void The_last_submission_reveals_it_and_says_so()
    {
        var run = CheckInRun.Restore([Alex, Sam], [], revealed: false);

        Assert.Equal(new CheckInSubmission(SubmitOutcome.Submitted, new CheckInChange(Alex, Reveal: false)), run.Submit(Alex));
        Assert.Equal(new CheckInSubmission(SubmitOutcome.AlreadySubmitted, null), run.Submit(Alex));
        Assert.Equal(new CheckInSubmission(SubmitOutcome.Submitted, new CheckInChange(Sam, Reveal: true)), run.Submit(Sam));
        Assert.Equal(RoundPhase.Revealed, run.State.Phase);
        Assert.Equal(new CheckInSubmission(SubmitOutcome.AlreadyRevealed, null), run.Submit(Kit));
    }

    [Fact]
    public void A_check_in_that_became_complete_without_a_submission_is_settled_once()
    {
        // Kit left before submitting: the two who stayed have both submitted.
        var complete = CheckInRun.Restore([Alex, Sam], [Alex, Sam, Kit], revealed: false);
        Assert.Equal(new CheckInChange(null, Reveal: true), complete.Settled);

        Assert.Null(CheckInRun.Restore([Alex, Sam, Kit], [Alex, Sam], revealed: false).Settled);
        Assert.Null(CheckInRun.Restore([Alex, Sam], [Alex, Sam], revealed: true).Settled);
    }

    [Fact]
    public void After_the_reveal_it_belongs_to_those_who_took_part_and_are_still_here()
    {
        var newcomer = Guid.NewGuid();
        var run = CheckInRun.Restore([Alex, Sam, newcomer], [Alex, Sam, Kit], revealed: true);

        Assert.Equal(new[] { Alex, Sam }.Order(), run.State.Members.Order());
        Assert.False(run.State.CanEdit(newcomer));
        Assert.Null(run.Submit(newcomer).Change);
    }
}
