namespace SamePage.Core.Concerns;

/// <summary>
/// How the people involved settle a concern. The names are stored
/// (sealed), so they never change.
/// </summary>
public enum ConcernOutcome
{
    MisunderstandingClearedUp,
    AgreementAmended,
    Recommitted,
    GettingSupport,
    TakingABreak,
    PartingWays,
}

/// <summary>Where an outcome leads next; the pages turn each into words and a link.</summary>
public enum OutcomeFollowUp
{
    /// <summary>The agreement's draft, to write the change down together.</summary>
    AmendTheAgreement,

    /// <summary>Confidential help and counselling.</summary>
    FindSupport,

    /// <summary>What leaving means, kindly, with an export first.</summary>
    PartingPath,
}

public static class ConcernOutcomes
{
    /// <summary>In the order they are offered.</summary>
    public static IReadOnlyList<ConcernOutcome> All { get; } = Enum.GetValues<ConcernOutcome>();

    public static bool IsOutcome(ConcernOutcome outcome) => Enum.IsDefined(outcome);

    public static IReadOnlyList<OutcomeFollowUp> FollowUps(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.AgreementAmended => [OutcomeFollowUp.AmendTheAgreement],
        ConcernOutcome.GettingSupport => [OutcomeFollowUp.FindSupport],
        ConcernOutcome.TakingABreak => [OutcomeFollowUp.FindSupport],
        ConcernOutcome.PartingWays => [OutcomeFollowUp.PartingPath, OutcomeFollowUp.FindSupport],
        ConcernOutcome.MisunderstandingClearedUp or ConcernOutcome.Recommitted => [],
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome."),
    };
}
