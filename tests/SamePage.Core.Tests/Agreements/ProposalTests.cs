using SamePage.Core.Agreements;

namespace SamePage.Core.Tests.Agreements;

/// <summary>Issue 4: draft → proposed → signed → active → amended, and withdrawal when the draft moves on.</summary>
public class ProposalTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Kit = Guid.NewGuid();
    private const string Hash = "abc";

    [Fact]
    public void A_proposal_becomes_active_only_when_every_current_member_has_signed_that_exact_hash()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam, Kit]);

        Assert.Equal(SignOutcome.NotCurrent, proposal.Sign(Alex, "other"));
        Assert.Equal(SignOutcome.SignatureAdded, proposal.Sign(Alex, Hash));
        Assert.Equal(SignOutcome.AlreadySigned, proposal.Sign(Alex, Hash));
        Assert.Equal(SignOutcome.SignatureAdded, proposal.Sign(Sam, Hash));
        Assert.Equal(VersionStatus.Proposed, proposal.Status);
        Assert.Equal([Kit], proposal.Waiting);
        Assert.Equal(SignOutcome.Activated, proposal.Sign(Kit, Hash));
        Assert.Equal(VersionStatus.Active, proposal.Status);
        Assert.Equal(SignOutcome.NotCurrent, proposal.Sign(Kit, Hash));
    }

    [Fact]
    public void Someone_outside_the_circle_cannot_sign()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam]);
        Assert.Equal(SignOutcome.NotAMember, proposal.Sign(Kit, Hash));
        Assert.Empty(proposal.Signers);
    }

    [Fact]
    public void Withdrawing_voids_unfinished_signatures_and_nothing_can_be_signed_after()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam]);
        proposal.Sign(Alex, Hash);

        Assert.True(proposal.Withdraw());

        Assert.Equal(VersionStatus.Withdrawn, proposal.Status);
        Assert.Empty(proposal.Signers);
        Assert.Equal(SignOutcome.NotCurrent, proposal.Sign(Sam, Hash));
        Assert.False(proposal.Withdraw());
    }

    [Fact]
    public void An_active_version_is_superseded_when_amended_and_cannot_be_withdrawn()
    {
        var proposal = Proposal.Restore(Hash, [Alex, Sam], [Alex, Sam], VersionStatus.Proposed);
        Assert.Equal(VersionStatus.Active, proposal.Status);
        Assert.False(proposal.Withdraw());
        Assert.True(proposal.Supersede());
        Assert.Equal(VersionStatus.Superseded, proposal.Status);
        Assert.False(proposal.Supersede());
    }

    [Fact]
    public void When_the_last_person_waiting_leaves_the_proposal_becomes_active()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam, Kit]);
        proposal.Sign(Alex, Hash);
        proposal.Sign(Sam, Hash);

        proposal.Leave(Kit);

        Assert.Equal(VersionStatus.Active, proposal.Status);
    }

    [Fact]
    public void A_proposal_needs_two_people_even_if_one_is_left()
    {
        var proposal = Proposal.Propose(Hash, [Alex, Sam]);
        proposal.Sign(Alex, Hash);
        proposal.Leave(Sam);
        Assert.Equal(VersionStatus.Proposed, proposal.Status);
        Assert.Equal(SignOutcome.AlreadySigned, proposal.Sign(Alex, Hash));
    }

    [Fact]
    public void Restoring_ignores_signatures_of_people_no_longer_in_the_circle()
    {
        var proposal = Proposal.Restore(Hash, [Alex, Sam], [Alex, Kit], VersionStatus.Proposed);
        Assert.Equal([Alex], proposal.Signers);
        Assert.Equal(VersionStatus.Proposed, proposal.Status);
    }
}
