using SamePage.Core.Rounds;

namespace SamePage.Core.CheckIns;

/// <summary>What a step of a check-in changed, for the desk to store: a member's submission, and whether it is revealed from now on.</summary>
public sealed record CheckInChange(Guid? SubmittedBy, bool Reveal);

/// <summary>Core's answer to a submission, and what it changed when it was kept.</summary>
public sealed record CheckInSubmission(SubmitOutcome Outcome, CheckInChange? Change);

/// <summary>
/// The life of one check-in, which is a round's sealed-then-revealed life (<see cref="RoundState"/>):
/// answers stay private until every current member has submitted; then it is revealed for good, and
/// belongs to those who took part and are still in the circle. Each step says what it changed.
/// </summary>
public sealed class CheckInRun
{
    private readonly bool _storedRevealed;

    private CheckInRun(RoundState state, bool storedRevealed)
    {
        State = state;
        _storedRevealed = storedRevealed;
    }

    public RoundState State { get; }

    /// <summary>Rebuilds a check-in from what was stored: the circle's current members, who submitted, and whether it was revealed.</summary>
    public static CheckInRun Restore(IEnumerable<Guid> members, IEnumerable<Guid> submitted, bool revealed)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(submitted);
        if (revealed)
        {
            // After the reveal, a check-in belongs to those who took part and are still here.
            var current = members.ToHashSet();
            var participants = submitted.Where(current.Contains).ToList();
            return new CheckInRun(RoundState.Restore(participants, participants, revealed: true), storedRevealed: true);
        }

        return new CheckInRun(RoundState.Restore(members, submitted, revealed: false), storedRevealed: false);
    }

    /// <summary>
    /// The reveal to store when the check-in became complete without a submission (someone left, or two
    /// people submitted at the same instant); null when what is stored is already right.
    /// </summary>
    public CheckInChange? Settled => !_storedRevealed && State.Phase == RoundPhase.Revealed ? new CheckInChange(null, Reveal: true) : null;

    /// <summary>A member submits; the last submission reveals it.</summary>
    public CheckInSubmission Submit(Guid member)
    {
        var outcome = State.Submit(member).Outcome;
        return outcome == SubmitOutcome.Submitted
            ? new CheckInSubmission(outcome, new CheckInChange(member, Reveal: State.Phase == RoundPhase.Revealed))
            : new CheckInSubmission(outcome, null);
    }
}
