using SamePage.Core.Rounds;

namespace SamePage.Core.Tests.Rounds;

public class RoundStateTests
{
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();
    private static readonly Guid Cai = Guid.NewGuid();
    private static readonly Guid Stranger = Guid.NewGuid();

    [Fact]
    public void A_new_round_is_open_and_every_member_can_edit_their_draft()
    {
        var round = Start([Ana, Ben]);

        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.CanEdit(Ana));
        Assert.True(round.CanEdit(Ben));
        Assert.Empty(round.Submitted);
    }

    [Fact]
    public void Round_is_not_revealed_until_every_member_submits()
    {
        var round = Start([Ana, Ben, Cai]);

        Assert.Equal(SubmitOutcome.Submitted, Submit(round, Ana));
        Assert.Equal(SubmitOutcome.Submitted, Submit(round, Ben));
        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.HasSubmitted(Ben));
        Assert.False(round.HasSubmitted(Cai));

        Assert.Equal(SubmitOutcome.Submitted, Submit(round, Cai));
        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void A_lone_member_who_submits_does_not_reveal_the_round()
    {
        var round = Start([Ana]);

        Assert.Equal(SubmitOutcome.Submitted, Submit(round, Ana));

        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void A_member_who_leaves_before_the_reveal_is_removed_and_the_rest_may_then_be_revealed()
    {
        var round = Start([Ana, Ben, Cai]);
        Submit(round, Ana);
        Submit(round, Ben);

        round = Leave(round, Cai);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
        Assert.DoesNotContain(Cai, round.Members);
    }

    [Fact]
    public void A_submitted_member_who_leaves_is_removed_from_the_submitted_too()
    {
        var round = Start([Ana, Ben, Cai]);
        Submit(round, Ana);

        round = Leave(round, Ana);

        Assert.False(round.HasSubmitted(Ana));
        Assert.DoesNotContain(Ana, round.Members);
        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void Leaving_that_leaves_one_member_does_not_reveal()
    {
        var round = Start([Ana, Ben]);
        Submit(round, Ana);

        round = Leave(round, Ben);

        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void A_member_who_joins_an_open_round_must_also_submit_before_the_reveal()
    {
        var round = Start([Ana, Ben]);
        Submit(round, Ana);
        round = Join(round, Cai);
        Submit(round, Ben);

        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.CanEdit(Cai));

        Submit(round, Cai);
        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void Joining_after_the_reveal_does_not_hide_the_round_again()
    {
        var round = Revealed(Ana, Ben);

        round = Join(round, Cai);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
        Assert.DoesNotContain(Cai, round.Members);
        Assert.False(round.CanEdit(Cai));
    }

    [Fact]
    public void Leaving_after_the_reveal_keeps_it_revealed()
    {
        var round = Revealed(Ana, Ben);

        round = Leave(round, Ben);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void Submitting_twice_is_reported_and_changes_nothing()
    {
        var round = Start([Ana, Ben]);
        Submit(round, Ana);

        Assert.Equal(SubmitOutcome.AlreadySubmitted, Submit(round, Ana));
        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void Someone_outside_the_round_cannot_submit_or_edit()
    {
        var round = Start([Ana, Ben]);

        Assert.Equal(SubmitOutcome.NotAMember, Submit(round, Stranger));
        Assert.False(round.CanEdit(Stranger));
        Assert.DoesNotContain(Stranger, round.Submitted);
    }

    [Fact]
    public void Nobody_can_submit_after_the_reveal()
    {
        var round = Revealed(Ana, Ben);

        Assert.Equal(SubmitOutcome.AlreadyRevealed, Submit(round, Ana));
        Assert.Equal(SubmitOutcome.AlreadyRevealed, Submit(round, Stranger));
    }

    [Fact]
    public void A_member_cannot_edit_after_submitting()
    {
        var round = Start([Ana, Ben]);

        Submit(round, Ana);

        Assert.False(round.CanEdit(Ana));
        Assert.True(round.CanEdit(Ben));
    }

    [Fact]
    public void Nobody_can_edit_after_the_reveal()
    {
        var round = Revealed(Ana, Ben);

        Assert.False(round.CanEdit(Ana));
        Assert.False(round.CanEdit(Ben));
    }

    [Fact]
    public void Restoring_a_round_everyone_submitted_reveals_it()
    {
        var round = RoundState.Restore([Ana, Ben], [Ana, Ben], revealed: false);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void Restoring_a_round_someone_has_not_submitted_keeps_it_open()
    {
        var round = RoundState.Restore([Ana, Ben], [Ana], revealed: false);

        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.CanEdit(Ben));
    }

    [Fact]
    public void Restoring_a_revealed_round_keeps_it_revealed()
    {
        var round = RoundState.Restore([Ana, Ben], [Ana, Ben], revealed: true);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void Restoring_ignores_submissions_from_people_no_longer_in_the_round()
    {
        var round = RoundState.Restore([Ana, Ben], [Ana, Cai], revealed: false);

        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.False(round.HasSubmitted(Cai));
        Assert.Equal([Ana], round.Submitted);
    }

    [Fact]
    public void Settling_says_when_it_reveals_the_round_and_only_then()
    {
        var (revealed, change) = RoundState.Settle([Ana, Ben], [Ana, Ben], revealed: false);
        Assert.Equal(RoundPhase.Revealed, revealed.Phase);
        Assert.True(change.Revealed);

        Assert.False(RoundState.Settle([Ana, Ben], [Ana, Ben], revealed: true).Change.Revealed);
        Assert.False(RoundState.Settle([Ana, Ben], [Ana], revealed: false).Change.Revealed);
    }

    [Fact]
    public void The_last_submission_says_it_revealed_the_round()
    {
        var round = Start([Ana, Ben]);

        Assert.Equal(new Submission(SubmitOutcome.Submitted, RoundChange.None), round.Submit(Ana));
        Assert.Equal(new Submission(SubmitOutcome.Submitted, new RoundChange(Revealed: true)), round.Submit(Ben));
        Assert.Equal(new Submission(SubmitOutcome.AlreadyRevealed, RoundChange.None), round.Submit(Ben));
    }

    private static RoundState Start(Guid[] members) => RoundState.Restore(members, [], revealed: false);

    private static SubmitOutcome Submit(RoundState round, Guid member) => round.Submit(member).Outcome;

    // The state is always rebuilt from what is stored, as the round desk does: leaving and joining are a
    // restore with the circle's members as they are afterwards.
    private static RoundState Leave(RoundState round, Guid member) =>
        Rebuild([.. round.Members.Where(m => m != member)], round.Submitted, round.Phase == RoundPhase.Revealed);

    private static RoundState Join(RoundState round, Guid member) =>
        Rebuild([.. round.Members.Append(member)], round.Submitted, round.Phase == RoundPhase.Revealed);

    /// <summary>After the reveal the round belongs to those who took part and are still in the circle; before it, to every member.</summary>
    private static RoundState Rebuild(IReadOnlyCollection<Guid> circle, IEnumerable<Guid> submitted, bool revealed)
    {
        var stillHere = submitted.Where(circle.Contains).ToList();
        return revealed ? RoundState.Restore(stillHere, stillHere, revealed: true) : RoundState.Restore(circle, stillHere, revealed: false);
    }

    private static RoundState Revealed(params Guid[] members)
    {
        var round = Start(members);
        foreach (var member in members)
        {
            Submit(round, member);
        }

        Assert.Equal(RoundPhase.Revealed, round.Phase);
        return round;
    }
}
