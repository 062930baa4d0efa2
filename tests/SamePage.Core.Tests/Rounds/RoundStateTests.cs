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
        var round = RoundState.Start([Ana, Ben]);

        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.CanEdit(Ana));
        Assert.True(round.CanEdit(Ben));
        Assert.Empty(round.Submitted);
    }

    [Fact]
    public void Round_is_not_revealed_until_every_member_submits()
    {
        var round = RoundState.Start([Ana, Ben, Cai]);

        Assert.Equal(SubmitOutcome.Submitted, round.Submit(Ana));
        Assert.Equal(SubmitOutcome.Submitted, round.Submit(Ben));
        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.HasSubmitted(Ben));
        Assert.False(round.HasSubmitted(Cai));

        Assert.Equal(SubmitOutcome.Submitted, round.Submit(Cai));
        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void A_lone_member_who_submits_does_not_reveal_the_round()
    {
        var round = RoundState.Start([Ana]);

        Assert.Equal(SubmitOutcome.Submitted, round.Submit(Ana));

        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void A_member_who_leaves_before_the_reveal_is_removed_and_the_rest_may_then_be_revealed()
    {
        var round = RoundState.Start([Ana, Ben, Cai]);
        round.Submit(Ana);
        round.Submit(Ben);

        round.Leave(Cai);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
        Assert.DoesNotContain(Cai, round.Members);
    }

    [Fact]
    public void A_submitted_member_who_leaves_is_removed_from_the_submitted_too()
    {
        var round = RoundState.Start([Ana, Ben, Cai]);
        round.Submit(Ana);

        round.Leave(Ana);

        Assert.False(round.HasSubmitted(Ana));
        Assert.DoesNotContain(Ana, round.Members);
        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void Leaving_that_leaves_one_member_does_not_reveal()
    {
        var round = RoundState.Start([Ana, Ben]);
        round.Submit(Ana);

        round.Leave(Ben);

        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void A_member_who_joins_an_open_round_must_also_submit_before_the_reveal()
    {
        var round = RoundState.Start([Ana, Ben]);
        round.Submit(Ana);
        round.Join(Cai);
        round.Submit(Ben);

        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.True(round.CanEdit(Cai));

        round.Submit(Cai);
        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void Joining_after_the_reveal_does_not_hide_the_round_again()
    {
        var round = Revealed(Ana, Ben);

        round.Join(Cai);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
        Assert.DoesNotContain(Cai, round.Members);
        Assert.False(round.CanEdit(Cai));
    }

    [Fact]
    public void Leaving_after_the_reveal_keeps_it_revealed()
    {
        var round = Revealed(Ana, Ben);

        round.Leave(Ben);

        Assert.Equal(RoundPhase.Revealed, round.Phase);
    }

    [Fact]
    public void Submitting_twice_is_reported_and_changes_nothing()
    {
        var round = RoundState.Start([Ana, Ben]);
        round.Submit(Ana);

        Assert.Equal(SubmitOutcome.AlreadySubmitted, round.Submit(Ana));
        Assert.Equal(RoundPhase.Open, round.Phase);
    }

    [Fact]
    public void Someone_outside_the_round_cannot_submit_or_edit()
    {
        var round = RoundState.Start([Ana, Ben]);

        Assert.Equal(SubmitOutcome.NotAMember, round.Submit(Stranger));
        Assert.False(round.CanEdit(Stranger));
        Assert.DoesNotContain(Stranger, round.Submitted);
    }

    [Fact]
    public void Nobody_can_submit_after_the_reveal()
    {
        var round = Revealed(Ana, Ben);

        Assert.Equal(SubmitOutcome.AlreadyRevealed, round.Submit(Ana));
        Assert.Equal(SubmitOutcome.AlreadyRevealed, round.Submit(Stranger));
    }

    [Fact]
    public void A_member_cannot_edit_after_submitting()
    {
        var round = RoundState.Start([Ana, Ben]);

        round.Submit(Ana);

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

    private static RoundState Revealed(params Guid[] members)
    {
        var round = RoundState.Start(members);
        foreach (var member in members)
        {
            round.Submit(member);
        }

        Assert.Equal(RoundPhase.Revealed, round.Phase);
        return round;
    }
}
