namespace SamePage.Core.Concerns;

public enum SelfCheckProblem
{
    None,

    /// <summary>No behaviour chosen and nothing written about what I've been doing.</summary>
    NothingChosen,

    /// <summary>No reason chosen: the path (and its next steps) depends on it.</summary>
    NoReason,

    /// <summary>What I've been doing, in my own words, is over the limit.</summary>
    DoingTooLong,

    /// <summary>Why, in my own words, is over the limit.</summary>
    WhyTooLong,
}

/// <summary>
/// One private self-check: which behaviours (from the circle's catalogue and/or in my own words), and
/// why, as one of the <see cref="SelfCheckReason"/>s with my own words alongside.
/// </summary>
public sealed record SelfCheckEntry(IReadOnlyList<string> BehaviourIds, string Doing, SelfCheckReason? Reason, string Why)
{
    /// <summary>
    /// Tidied as it is kept: texts normalised; behaviours only those the circle's catalogue knows and the
    /// self-check offers (<paramref name="offered"/>), each once, in the order given.
    /// </summary>
    public SelfCheckEntry Normalized(Func<string, bool> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        return new SelfCheckEntry(
            [.. BehaviourIds.Where(id => !string.IsNullOrEmpty(id) && offered(id)).Distinct(StringComparer.Ordinal)],
            ConcernText.Normalize(Doing),
            Reason is { } reason && SelfCheckPaths.IsReason(reason) ? reason : null,
            ConcernText.Normalize(Why));
    }

    /// <summary>Every problem, in the order the form asks; empty when the self-check can be kept.</summary>
    public IReadOnlyList<SelfCheckProblem> Check()
    {
        var problems = new List<SelfCheckProblem>();
        if (BehaviourIds.Count == 0 && ConcernText.Normalize(Doing).Length == 0)
        {
            problems.Add(SelfCheckProblem.NothingChosen);
        }

        if (ConcernText.Check(Doing) == TextProblem.TooLong)
        {
            problems.Add(SelfCheckProblem.DoingTooLong);
        }

        if (Reason is not { } reason || !SelfCheckPaths.IsReason(reason))
        {
            problems.Add(SelfCheckProblem.NoReason);
        }

        if (ConcernText.Check(Why) == TextProblem.TooLong)
        {
            problems.Add(SelfCheckProblem.WhyTooLong);
        }

        return problems;
    }

    public IReadOnlyList<SelfCheckStep> NextSteps =>
        Reason is { } reason ? SelfCheckPaths.NextSteps(reason) : [];
}
