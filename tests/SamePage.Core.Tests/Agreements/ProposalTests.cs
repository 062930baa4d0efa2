using SamePage.Core.Agreements;

namespace SamePage.Core.Tests.Agreements;

/// <summary>Issue 4: draft → proposed → signed → active → amended, and withdrawal when the draft moves on.</summary>
public class ProposalTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Kit = Guid.NewGuid();
    private const string Hash = "abc";
    private static readonly DateTime Now = new(2026, 3, 2, 20, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_proposal_becomes_active_only_when_every_current_member_has_signed_that_exact_hash()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam, Kit]);

        Assert.Equal(SignOutcome.NotCurrent, proposal.Sign(Alex, "other", Now).Outcome);
        Assert.Equal(SignOutcome.SignatureAdded, proposal.Sign(Alex, Hash, Now).Outcome);
        Assert.Equal(SignOutcome.AlreadySigned, proposal.Sign(Alex, Hash, Now).Outcome);
        Assert.Equal(SignOutcome.SignatureAdded, proposal.Sign(Sam, Hash, Now).Outcome);
        Assert.Equal(VersionStatus.Proposed, proposal.Status);
        Assert.Equal([Kit], proposal.Waiting);
        Assert.Equal(SignOutcome.Activated, proposal.Sign(Kit, Hash, Now).Outcome);
        Assert.Equal(VersionStatus.Active, proposal.Status);
        Assert.Equal(SignOutcome.NotCurrent, proposal.Sign(Kit, Hash, Now).Outcome);
    }

    [Fact]
    public void Someone_outside_the_circle_cannot_sign()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam]);
        Assert.Equal(SignOutcome.NotAMember, proposal.Sign(Kit, Hash, Now).Outcome);
        Assert.Empty(proposal.Signers);
    }

    [Fact]
    public void Withdrawing_voids_unfinished_signatures_and_nothing_can_be_signed_after()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam]);
        proposal.Sign(Alex, Hash, Now);

        Assert.Equal(new ProposalChange(VersionStatus.Withdrawn, WithdrawnReason: WithdrawnReason.DraftChanged, WithdrawnBy: Sam), proposal.Withdraw(WithdrawnReason.DraftChanged, Sam));

        Assert.Equal(VersionStatus.Withdrawn, proposal.Status);
        Assert.Empty(proposal.Signers);
        Assert.Equal(SignOutcome.NotCurrent, proposal.Sign(Sam, Hash, Now).Outcome);
        Assert.Null(proposal.Withdraw(WithdrawnReason.ProposedAgain, Alex));
    }

    [Fact]
    public void An_active_version_is_superseded_when_amended_and_cannot_be_withdrawn()
    {
        var proposal = Proposal.Restore(Hash, [Alex, Sam], [Alex, Sam], VersionStatus.Active);
        Assert.Null(proposal.Withdraw(WithdrawnReason.DraftChanged, Alex));
        Assert.Equal(new ProposalChange(VersionStatus.Superseded), proposal.Supersede());
        Assert.Equal(VersionStatus.Superseded, proposal.Status);
        Assert.Null(proposal.Supersede());
    }

    [Fact]
    public void When_the_last_person_waiting_leaves_the_proposal_becomes_active()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam, Kit]);
        proposal.Sign(Alex, Hash, Now);
        proposal.Sign(Sam, Hash, Now);
        Assert.Null(proposal.Leave(Now)); // nobody has left: still waiting for Kit

        var afterKitLeft = Proposal.Restore(Hash, [Alex, Sam], proposal.Signers, VersionStatus.Proposed);
        Assert.Equal(VersionStatus.Proposed, afterKitLeft.Status); // restoring alone changes nothing

        Assert.Equal(new ProposalChange(VersionStatus.Active, Now, new DateOnly(2026, 3, 2).AddMonths(AgreementRules.DefaultReviewMonths)), afterKitLeft.Leave(Now));
        Assert.Equal(VersionStatus.Active, afterKitLeft.Status);
    }

    [Fact]
    public void A_proposal_needs_two_people_even_if_one_is_left()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam]);
        proposal.Sign(Alex, Hash, Now);
        var afterSamLeft = Proposal.Restore(Hash, [Alex], proposal.Signers, VersionStatus.Proposed);
        Assert.Null(afterSamLeft.Leave(Now));
        Assert.Equal(VersionStatus.Proposed, afterSamLeft.Status);
        Assert.Equal(SignOutcome.AlreadySigned, afterSamLeft.Sign(Alex, Hash, Now).Outcome);
    }

    [Fact]
    public void Restoring_ignores_signatures_of_people_no_longer_in_the_circle()
    {
        var proposal = Proposal.Restore(Hash, [Alex, Sam], [Alex, Kit], VersionStatus.Proposed);
        Assert.Equal([Alex], proposal.Signers);
        Assert.Equal(VersionStatus.Proposed, proposal.Status);
    }
}
