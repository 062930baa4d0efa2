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

/// <summary>
/// The sealed-then-revealed life of a round: a draft per member until they submit;
/// revealed, for good, once every current member has submitted and there are at least two of them.
/// A member who leaves before the reveal is removed from the round; one who joins must answer too.
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

    public static RoundState Start(IEnumerable<Guid> members) => new(members, [], RoundPhase.Open);

    /// <summary>Rebuilds the state from what was stored, revealing it if it should have been (e.g. after a race).</summary>
    public static RoundState Restore(IEnumerable<Guid> members, IEnumerable<Guid> submitted, bool revealed)
    {
        var state = new RoundState(members, submitted, revealed ? RoundPhase.Revealed : RoundPhase.Open);
        state.RevealIfComplete();
        return state;
    }

    public bool HasSubmitted(Guid member) => _submitted.Contains(member);

    /// <summary>A member may change their answers while the round is open and they have not submitted.</summary>
    public bool CanEdit(Guid member) =>
        Phase == RoundPhase.Open && _members.Contains(member) && !_submitted.Contains(member);

    public SubmitOutcome Submit(Guid member)
    {
        if (Phase == RoundPhase.Revealed)
        {
            return SubmitOutcome.AlreadyRevealed;
        }

        if (!_members.Contains(member))
        {
            return SubmitOutcome.NotAMember;
        }

        if (!_submitted.Add(member))
        {
            return SubmitOutcome.AlreadySubmitted;
        }

        RevealIfComplete();
        return SubmitOutcome.Submitted;
    }

    /// <summary>A new member of the circle joins an open round and must answer before it is revealed.</summary>
    public void Join(Guid member)
    {
        if (Phase == RoundPhase.Open)
        {
            _members.Add(member);
        }
    }

    /// <summary>A member leaves the circle: before the reveal they leave the round, which may then be complete.</summary>
    public void Leave(Guid member)
    {
        if (Phase == RoundPhase.Revealed)
        {
            return;
        }

        _members.Remove(member);
        _submitted.Remove(member);
        RevealIfComplete();
    }

    private void RevealIfComplete()
    {
        if (Phase == RoundPhase.Open && _members.Count >= MinimumToReveal && _submitted.SetEquals(_members))
        {
            Phase = RoundPhase.Revealed;
        }
    }
}
