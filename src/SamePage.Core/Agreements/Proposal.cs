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

/// <summary>Why a proposed version was withdrawn before everyone signed.</summary>
public enum WithdrawnReason
{
    None,
    DraftChanged,
    ProposedAgain,
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
/// What one transition of a version changed, for the desk to store as it is: its new status and, with
/// it, when it became active and its first review date, or why and by whom it was withdrawn.
/// </summary>
public sealed record ProposalChange(
    VersionStatus Status,
    DateTime? ActivatedAtUtc = null,
    DateOnly? ReviewOn = null,
    WithdrawnReason WithdrawnReason = WithdrawnReason.None,
    Guid? WithdrawnBy = null);

/// <summary>What a signature did: its outcome and, when it completed the version, the activation.</summary>
public sealed record Signing(SignOutcome Outcome, ProposalChange? Change = null)
{
    /// <summary>The signature counts and is to be stored.</summary>
    public bool Counts => Outcome is SignOutcome.SignatureAdded or SignOutcome.Activated;
}

/// <summary>
/// The signing of one version: every current member signs that exact content (by hash); when all have
/// signed it becomes active. A change to the draft withdraws it and voids unfinished signatures.
/// Someone who leaves no longer needs to sign. Each transition returns what it changed
/// (<see cref="ProposalChange"/>), or null when it changes nothing; the caller stores exactly that.
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
        _signed.IntersectWith(_members);
        Status = status;
    }

    public string Hash { get; }

    public VersionStatus Status { get; private set; }

    public IReadOnlySet<Guid> Members => _members;

    /// <summary>Signatures of current members (those of people who left are kept in the record, not here).</summary>
    public IReadOnlySet<Guid> Signers => _signed;

    public IEnumerable<Guid> Waiting => _members.Where(m => !_signed.Contains(m));

    /// <summary>A new version on the table: nobody has signed it yet.</summary>
    public static Proposal Propose(string hash, IEnumerable<Guid> members) => new(hash, members, [], VersionStatus.Proposed);

    /// <summary>
    /// Rebuilds a version from what was stored, as it stands among the circle's current members
    /// (signatures of people who left are set aside). Nothing changes until a transition is asked for.
    /// </summary>
    public static Proposal Restore(string hash, IEnumerable<Guid> members, IEnumerable<Guid> signers, VersionStatus status) =>
        new(hash, members, signers, status);

    /// <summary>A member signs the content they read; the last signature activates the version.</summary>
    public Signing Sign(Guid member, string signedHash, DateTime nowUtc)
    {
        if (Status != VersionStatus.Proposed || !string.Equals(signedHash, Hash, StringComparison.Ordinal))
        {
            return new(SignOutcome.NotCurrent);
        }

        if (!_members.Contains(member))
        {
            return new(SignOutcome.NotAMember);
        }

        if (!_signed.Add(member))
        {
            return new(SignOutcome.AlreadySigned);
        }

        return ActivateIfComplete(nowUtc) is { } activated ? new(SignOutcome.Activated, activated) : new(SignOutcome.SignatureAdded);
    }

    /// <summary>
    /// Someone left since it was proposed: the version no longer waits for them, and is active once
    /// everyone still in the circle has signed. Null while it still waits (or is not on the table).
    /// </summary>
    public ProposalChange? Leave(DateTime nowUtc) => ActivateIfComplete(nowUtc);

    /// <summary>The draft changed or another version was proposed: unfinished signatures are void.</summary>
    public ProposalChange? Withdraw(WithdrawnReason reason, Guid? by)
    {
        if (Status != VersionStatus.Proposed)
        {
            return null;
        }

        Status = VersionStatus.Withdrawn;
        _signed.Clear();
        return new(Status, WithdrawnReason: reason, WithdrawnBy: by);
    }

    /// <summary>A newer version became active.</summary>
    public ProposalChange? Supersede()
    {
        if (Status != VersionStatus.Active)
        {
            return null;
        }

        Status = VersionStatus.Superseded;
        return new(Status);
    }

    private ProposalChange? ActivateIfComplete(DateTime nowUtc)
    {
        if (Status != VersionStatus.Proposed || _members.Count < MinimumSigners || !_signed.SetEquals(_members))
        {
            return null;
        }

        Status = VersionStatus.Active;
        return new(Status, nowUtc, AgreementRules.DefaultReviewDate(DateOnly.FromDateTime(nowUtc)));
    }
}
