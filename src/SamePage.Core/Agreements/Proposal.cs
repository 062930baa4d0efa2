namespace SamePage.Core.Agreements;

/// <summary>Where a version of an agreement is in its life.</summary>
public enum VersionStatus
{
    /// <summary>Frozen and waiting for every current member's signature.</summary>
    Proposed,

    /// <summary>Signed by every member: the agreement the circle lives by.</summary>
    Active,

    /// <summary>Was active until a newer version became active (the agreement was amended).</summary>
    Superseded,

    /// <summary>The draft changed, or another version was proposed, before everyone signed; its signatures are void.</summary>
    Withdrawn,
}

public enum SignOutcome
{
    SignatureAdded,

    /// <summary>This signature completed the version: it is now active.</summary>
    Activated,
    AlreadySigned,
    NotAMember,

    /// <summary>The version signed is not the one on the table (withdrawn, superseded, or a different hash).</summary>
    NotCurrent,
}

/// <summary>
/// The signing of one proposed version: every current member signs that exact content (by hash);
/// when all have signed it becomes active. A change to the draft withdraws it and voids unfinished
/// signatures. Someone who leaves no longer needs to sign.
/// </summary>
public sealed class Proposal
{
    /// <summary>An agreement needs at least two people.</summary>
    public const int MinimumSigners = 2;

    private readonly HashSet<Guid> _members;
    private readonly HashSet<Guid> _signed;

    private Proposal(string hash, IEnumerable<Guid> members, IEnumerable<Guid> signers, VersionStatus status)
    {
        Hash = hash;
        _members = [.. members];
        _signed = [.. signers];
        Status = status;
    }

    public string Hash { get; }

    public VersionStatus Status { get; private set; }

    public IReadOnlySet<Guid> Members => _members;

    /// <summary>Signatures of current members (those of people who left are kept in the record, not here).</summary>
    public IReadOnlySet<Guid> Signers => _signed;

    public IEnumerable<Guid> Waiting => _members.Where(m => !_signed.Contains(m));

    public static Proposal Propose(string hash, IEnumerable<Guid> members) => new(hash, members, [], VersionStatus.Proposed);

    /// <summary>Rebuilds a proposal from what was stored, activating it if it should have been (e.g. after someone left).</summary>
    public static Proposal Restore(string hash, IEnumerable<Guid> members, IEnumerable<Guid> signers, VersionStatus status)
    {
        var proposal = new Proposal(hash, members, signers, status);
        proposal._signed.IntersectWith(proposal._members);
        proposal.ActivateIfComplete();
        return proposal;
    }

    public SignOutcome Sign(Guid member, string signedHash)
    {
        if (Status != VersionStatus.Proposed || !string.Equals(signedHash, Hash, StringComparison.Ordinal))
        {
            return SignOutcome.NotCurrent;
        }

        if (!_members.Contains(member))
        {
            return SignOutcome.NotAMember;
        }

        if (!_signed.Add(member))
        {
            return SignOutcome.AlreadySigned;
        }

        return ActivateIfComplete() ? SignOutcome.Activated : SignOutcome.SignatureAdded;
    }

    /// <summary>The draft changed or another version was proposed: unfinished signatures are void.</summary>
    public bool Withdraw()
    {
        if (Status != VersionStatus.Proposed)
        {
            return false;
        }

        Status = VersionStatus.Withdrawn;
        _signed.Clear();
        return true;
    }

    /// <summary>A newer version became active.</summary>
    public bool Supersede()
    {
        if (Status != VersionStatus.Active)
        {
            return false;
        }

        Status = VersionStatus.Superseded;
        return true;
    }

    /// <summary>A member left the circle: a proposal no longer waits for them, and may now be complete.</summary>
    public void Leave(Guid member)
    {
        if (Status != VersionStatus.Proposed)
        {
            return;
        }

        _members.Remove(member);
        _signed.Remove(member);
        ActivateIfComplete();
    }

    private bool ActivateIfComplete()
    {
        if (Status == VersionStatus.Proposed && _members.Count >= MinimumSigners && _signed.SetEquals(_members))
        {
            Status = VersionStatus.Active;
            return true;
        }

        return false;
    }
}
