using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;

namespace SamePage.Core.Circles;

/// <summary>The one thing a member of a circle is asked to do now, or to wait for.</summary>
public enum StepKind
{
    /// <summary>Alone in the circle: invite a partner, since nothing can be compared alone.</summary>
    Invite,

    /// <summary>The open round waits for this member's answers.</summary>
    Answer,

    /// <summary>This member has submitted; the round waits for others.</summary>
    WaitForAnswers,

    /// <summary>Revealed, and no agreement begun: read where you agree and differ.</summary>
    ReadComparison,

    /// <summary>A draft has clauses and nothing is proposed yet.</summary>
    WriteAgreement,

    /// <summary>A proposed version waits for this member's signature.</summary>
    SignAgreement,

    /// <summary>This member has signed; the version waits for others.</summary>
    WaitForSignatures,

    /// <summary>An open check-in waits for this member's answers.</summary>
    AnswerCheckIn,

    /// <summary>This member has answered the open check-in; it waits for others.</summary>
    WaitForCheckIns,

    /// <summary>The active agreement's review date has come.</summary>
    ReviewAgreement,

    /// <summary>A check-in is due.</summary>
    StartCheckIn,

    /// <summary>Nothing is due: the agreement is active and the next check-in is some way off.</summary>
    NextCheckIn,

    /// <summary>The latest round was revealed without this member (or without anyone left to compare with).</summary>
    StartNewRound,
}

/// <summary>Where the circle's agreement stands, for the next step.</summary>
public sealed record AgreementFacts(bool HasDraft, int? ProposedNumber, IReadOnlyCollection<Guid> WaitingToSign, int? ActiveNumber, bool ReviewDue)
{
    public static AgreementFacts None { get; } = new(false, null, [], null, false);
}

/// <summary>Where the circle's check-ins stand for this member, for the next step.</summary>
public sealed record CheckInFacts(DueState Due, int? OpenNumber, bool SubmittedOpen, DateOnly? NextOn)
{
    public static CheckInFacts None { get; } = new(DueState.NeedsPartners, null, false, null);
}

/// <summary>
/// What the next step is decided from: who is in the circle, the latest round as the Core rules see
/// it, and where the agreement and check-ins stand. Counts and states only, never anyone's content.
/// </summary>
public sealed record CircleFacts(Guid Me, int MemberCount, int RoundNumber, RoundState Round)
{
    public AgreementFacts Agreement { get; init; } = AgreementFacts.None;

    public CheckInFacts CheckIn { get; init; } = CheckInFacts.None;
}

/// <summary>
/// The one primary action for one member now: invite → answer →
/// wait → read the comparison → write the agreement → sign → check in…, with whom it waits for.
/// </summary>
public sealed record NextStep(StepKind Kind, IReadOnlyList<Guid> WaitingFor, int? Number = null, DateOnly? On = null)
{
    /// <summary>What waits on this member comes first (a signature, a check-in), then the round, then the agreement.</summary>
    public static NextStep For(CircleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var (me, round, agreement, checkIn) = (facts.Me, facts.Round, facts.Agreement, facts.CheckIn);
        if (facts.MemberCount < RoundState.MinimumToReveal)
        {
            return new(StepKind.Invite, []);
        }

        if (agreement.ProposedNumber is { } proposed && agreement.WaitingToSign.Contains(me))
        {
            return new(StepKind.SignAgreement, [], proposed);
        }

        if (checkIn.Due == DueState.Open && !checkIn.SubmittedOpen)
        {
            return new(StepKind.AnswerCheckIn, [], checkIn.OpenNumber);
        }

        if (round.Phase == RoundPhase.Open && round.Members.Contains(me))
        {
            return round.HasSubmitted(me)
                ? new(StepKind.WaitForAnswers, [.. round.Members.Where(m => m != me && !round.HasSubmitted(m))], facts.RoundNumber)
                : new(StepKind.Answer, [], facts.RoundNumber);
        }

        if (!round.Members.Contains(me) || round.Members.Count < RoundState.MinimumToReveal)
        {
            return new(StepKind.StartNewRound, [], facts.RoundNumber);
        }

        if (agreement.ProposedNumber is { } waiting)
        {
            return new(StepKind.WaitForSignatures, [.. agreement.WaitingToSign], waiting);
        }

        if (agreement.ActiveNumber is not { } active)
        {
            return agreement.HasDraft ? new(StepKind.WriteAgreement, []) : new(StepKind.ReadComparison, [], facts.RoundNumber);
        }

        if (agreement.ReviewDue)
        {
            return new(StepKind.ReviewAgreement, [], active);
        }

        return checkIn.Due switch
        {
            DueState.Open => new(StepKind.WaitForCheckIns, [], checkIn.OpenNumber),
            DueState.Due => new(StepKind.StartCheckIn, []),
            _ => new(StepKind.NextCheckIn, [], active, checkIn.NextOn),
        };
    }
}
