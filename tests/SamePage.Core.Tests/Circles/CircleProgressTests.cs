using SamePage.Core.Circles;

namespace SamePage.Core.Tests.Circles;

public class CircleProgressTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Bea = Guid.NewGuid();
    private static readonly Guid Cy = Guid.NewGuid();

    private static readonly CircleProgress Start = new() { Members = [Me, Bea], Round = 1 };

    [Fact]
    public void A_first_visit_has_nothing_to_say()
    {
        Assert.Empty(CircleProgress.Between(null, Start with { Submitted = [Bea] }, Me));
    }

    [Fact]
    public void Nothing_changed_says_nothing()
    {
        Assert.Empty(CircleProgress.Between(Start, Start with { }, Me));
        Assert.True(Start.SameAs(Start with { Members = [Me, Bea] }));
    }

    [Fact]
    public void A_partner_submitting_is_told_and_my_own_submission_is_not()
    {
        var now = Start with { Submitted = [Me, Bea] };
        Assert.Equal([new CircleChange(ChangeKind.Submitted, Bea, 1)], CircleProgress.Between(Start, now, Me));
    }

    [Fact]
    public void The_reveal_is_told_once()
    {
        var revealed = Start with { Submitted = [Me, Bea], RoundRevealed = true };
        Assert.Contains(new CircleChange(ChangeKind.Revealed, Number: 1), CircleProgress.Between(Start, revealed, Me));
        Assert.Empty(CircleProgress.Between(revealed, revealed with { }, Me));
    }

    [Fact]
    public void Joining_and_leaving_are_told_without_the_name_of_whoever_left()
    {
        var now = Start with { Members = [Me, Cy] };
        var changes = CircleProgress.Between(Start, now, Me);
        Assert.Equal([new CircleChange(ChangeKind.Joined, Cy), new CircleChange(ChangeKind.Left)], changes);
    }

    [Fact]
    public void A_new_round_starts_counting_submissions_afresh()
    {
        var before = Start with { Submitted = [Me, Bea], RoundRevealed = true };
        var now = before with { Round = 2, RoundRevealed = false, Submitted = [Bea] };
        Assert.Equal(
            [new CircleChange(ChangeKind.NewRound, Number: 2), new CircleChange(ChangeKind.Submitted, Bea, 2)],
            CircleProgress.Between(before, now, Me));
    }

    [Fact]
    public void A_proposal_and_signatures_by_others_are_told_but_not_my_own()
    {
        var proposed = Start with { Proposed = 1, ProposedBy = Bea, SignedBy = [Bea] };
        Assert.Equal(
            [new CircleChange(ChangeKind.Proposed, Bea, 1), new CircleChange(ChangeKind.SignedVersion, Bea, 1)],
            CircleProgress.Between(Start, proposed, Me));

        var mine = Start with { Proposed = 1, ProposedBy = Me, SignedBy = [Me] };
        Assert.Empty(CircleProgress.Between(Start, mine, Me));
    }

    [Fact]
    public void An_agreement_becoming_active_and_check_ins_are_told()
    {
        var now = Start with { Active = 1, OpenCheckIn = 2, LatestRevealedCheckIn = 1, CheckInDue = true };
        Assert.Equal(
            [ChangeKind.Activated, ChangeKind.CheckInOpened, ChangeKind.CheckInRevealed, ChangeKind.CheckInDue],
            CircleProgress.Between(Start, now, Me).Select(c => c.Kind));
    }

    [Fact]
    public void What_is_kept_reads_back_the_same_and_anything_else_reads_as_nothing()
    {
        var progress = Start with { Submitted = [Bea], Proposed = 2, ProposedBy = Bea, SignedBy = [Bea], OpenCheckIn = 1 };
        Assert.True(progress.SameAs(CircleProgress.FromJson(progress.ToJson())!));
        Assert.Null(CircleProgress.FromJson("not json"));
        Assert.Null(CircleProgress.FromJson(null));
    }
}
