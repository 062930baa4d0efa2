namespace SamePage.Core.Agreements;

/// <summary>What a clause expects: the stance scale in the language of an agreement, or words of their own.</summary>
public enum Expectation
{
    Fine,
    TellMe,
    AskFirst,
    NotOk,
    Custom,
}

/// <summary>
/// One clause of an agreement as its members wrote it.
/// </summary>
/// <param name="Id">Stable across versions, so a diff can tell a changed clause from a new one.</param>
/// <param name="Text">The clause in the members' own words.</param>
/// <param name="BehaviourId">The behaviour it came from on the comparison, if any.</param>
/// <param name="CategoryId">The group it is shown under; null for "other".</param>
/// <param name="AppliesTo">Membership ids it applies to; empty means everyone.</param>
/// <param name="Notes">Notes the members keep with it (may be empty).</param>
public sealed record Clause(
    Guid Id,
    string Text,
    Expectation Expectation,
    string? BehaviourId,
    string? CategoryId,
    IReadOnlyList<Guid> AppliesTo,
    string Notes)
{
    public bool AppliesToEveryone => AppliesTo.Count == 0;
}
