namespace SamePage.Core.Rounds;

public enum RoundPhase
{
    /// <summary>Members answer in private; others see only who has submitted.</summary>
    Open,

    /// <summary>Every current member submitted; the answers are visible to the circle. Irreversible.</summary>
    Revealed,
}

public enum SubmitOutcome
{
    Submitted,
    AlreadySubmitted,
    NotAMember,
    AlreadyRevealed,
}

/// <summary>What a transition of a round changed, for the desk to store: whether it revealed the round just now.</summary>
public sealed record RoundChange(bool Revealed)
{
    public static readonly RoundChange None = new(Revealed: false);
}

/// <summary>The answer to a submission, and what it changed.</summary>
public sealed record Submission(SubmitOutcome Outcome, RoundChange Change);

/// <summary>
/// The sealed-then-revealed life of a round: a draft per member until they submit;
/// revealed, for good, once every current member has submitted and there are at least two of them.
/// The state is always rebuilt from what is stored: the current members of the circle (so a member who
/// left before the reveal is no longer in the round, and one who joined must answer too) and who has
/// submitted. The transitions (<see cref="Settle"/>, <see cref="Submit"/>) return what they changed.
/// </summary>
public sealed class RoundState
{
    /// <summary>A round needs someone to compare with.</summary>
    public const int MinimumToReveal = 2;

    private readonly HashSet<Guid> _members;
    private readonly HashSet<Guid> _submitted;

    private RoundState(IEnumerable<Guid> members, IEnumerable<Guid> submitted, RoundPhase phase)
    {
        _members = [.. members];
        _submitted = [.. submitted.Where(_members.Contains)];
        Phase = phase;
    }

    public RoundPhase Phase { get; private set; }

    public IReadOnlySet<Guid> Members => _members;

    public IReadOnlySet<Guid> Submitted => _submitted;

    /// <summary>Rebuilds the state from what was stored, revealing it if it should have been (e.g. after a race).</summary>
    public static RoundState Restore(IEnumerable<Guid> members, IEnumerable<Guid> submitted, bool revealed) =>
        Settle(members, submitted, revealed).State;

    /// <summary>
    /// Rebuilds the state from what was stored and settles it: a round everyone still here has submitted
    /// (after someone left, or after two submissions raced) is revealed now, and the change says so.
    /// </summary>
    public static (RoundState State, RoundChange Change) Settle(IEnumerable<Guid> members, IEnumerable<Guid> submitted, bool revealed)
    {
        var state = new RoundState(members, submitted, revealed ? RoundPhase.Revealed : RoundPhase.Open);
        return (state, state.RevealIfComplete());
    }

    public bool HasSubmitted(Guid member) => _submitted.Contains(member);

    /// <summary>A member may change their answers while the round is open and they have not submitted.</summary>
    public bool CanEdit(Guid member) =>
        Phase == RoundPhase.Open && _members.Contains(member) && !_submitted.Contains(member);

    /// <summary>A member submits their answers; the last one to do so reveals the round.</summary>
    public Submission Submit(Guid member)
    {
        if (Phase == RoundPhase.Revealed)
        {
            return new(SubmitOutcome.AlreadyRevealed, RoundChange.None);
        }

        if (!_members.Contains(member))
        {
            return new(SubmitOutcome.NotAMember, RoundChange.None);
        }

        if (!_submitted.Add(member))
        {
            return new(SubmitOutcome.AlreadySubmitted, RoundChange.None);
        }

        return new(SubmitOutcome.Submitted, RevealIfComplete());
    }

    private RoundChange RevealIfComplete()
    {
        if (Phase == RoundPhase.Open && _members.Count >= MinimumToReveal && _submitted.SetEquals(_members))
        {
            Phase = RoundPhase.Revealed;
            return new RoundChange(Revealed: true);
        }

        return RoundChange.None;
    }
}
