using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Core.Comparisons;

/// <summary>One member's answer to one behaviour, as it was in an earlier round and as it is now.</summary>
public sealed record StanceChange(Behaviour Behaviour, Guid Member, Stance Before, Stance After);

/// <summary>Whether a pair's difference on a behaviour became less or more important to talk about.</summary>
public enum ShiftDirection
{
    Closer,
    FurtherApart,
}

/// <summary>A pair's verdict on one behaviour in an earlier round and now, when its importance changed.</summary>
public sealed record PairShift(Behaviour Behaviour, Guid First, Guid Second, PairVerdict Before, PairVerdict After, ShiftDirection Direction);

/// <summary>
/// What changed between two revealed rounds of a circle: whose answers moved, and which pairs came
/// closer or drifted further apart. Only members who took part in both rounds, and behaviours of the
/// catalogue answered in both, are compared; anything else is left out without complaint.
/// </summary>
public sealed class RoundChanges
{
    private RoundChanges(IReadOnlyList<Guid> comparedMembers, IReadOnlyList<StanceChange> changes, IReadOnlyList<PairShift> shifts)
    {
        ComparedMembers = comparedMembers;
        Changes = changes;
        Shifts = shifts;
    }

    /// <summary>The members who took part in both rounds, in the order of the current round.</summary>
    public IReadOnlyList<Guid> ComparedMembers { get; }

    /// <summary>Every answer that differs between the rounds, in catalogue order, then in member order.</summary>
    public IReadOnlyList<StanceChange> Changes { get; }

    /// <summary>
    /// Every pair difference that became more or less important to talk about (hot spots most important,
    /// then by the size of the gap; "Doesn't apply" on either side is left out), in catalogue order, then
    /// pair order.
    /// </summary>
    public IReadOnlyList<PairShift> Shifts { get; }

    /// <summary>True when nothing changed between the rounds.</summary>
    public bool IsEmpty => Changes.Count == 0 && Shifts.Count == 0;

    /// <summary>The changes in one member's answers, in catalogue order.</summary>
    public IReadOnlyList<StanceChange> ChangesOf(Guid member) => [.. Changes.Where(c => c.Member == member)];

    /// <param name="previous">Each member's submitted answers in the earlier round, by behaviour id.</param>
    /// <param name="current">Each member's submitted answers in the later round, by behaviour id.</param>
    public static RoundChanges Between(
        BehaviourCatalogue catalogue,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> previous,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> current)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        List<Guid> members = [.. current.Keys.Where(previous.ContainsKey)];
        var changes = new List<StanceChange>();
        var shifts = new List<PairShift>();
        foreach (var behaviour in catalogue.Behaviours)
        {
            // Each member's answer in both rounds, for those who answered it both times.
            var both = new Dictionary<Guid, (Stance Before, Stance After)>();
            foreach (var member in members)
            {
                if (previous[member].TryGetValue(behaviour.Id, out var before) && current[member].TryGetValue(behaviour.Id, out var after))
                {
                    both[member] = (before, after);
                    if (before != after)
                    {
                        changes.Add(new StanceChange(behaviour, member, before, after));
                    }
                }
            }

            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (both.TryGetValue(members[i], out var first) && both.TryGetValue(members[j], out var second)
                        && Shift(behaviour, members[i], members[j], first, second) is { } shift)
                    {
                        shifts.Add(shift);
                    }
                }
            }
        }

        return new RoundChanges(members, changes, shifts);
    }

    private static PairShift? Shift(Behaviour behaviour, Guid firstMember, Guid secondMember, (Stance Before, Stance After) first, (Stance Before, Stance After) second)
    {
        var before = PairVerdict.Classify(first.Before, second.Before);
        var after = PairVerdict.Classify(first.After, second.After);
        if (before.Kind == GapKind.Skipped || after.Kind == GapKind.Skipped)
        {
            return null;
        }

        return CompareImportance(after, before) switch
        {
            > 0 => new PairShift(behaviour, firstMember, secondMember, before, after, ShiftDirection.FurtherApart),
            < 0 => new PairShift(behaviour, firstMember, secondMember, before, after, ShiftDirection.Closer),
            _ => null,
        };
    }

    /// <summary>Positive when <paramref name="one"/> is more important to talk about than <paramref name="other"/>, the order <see cref="RoundComparison"/> uses.</summary>
    private static int CompareImportance(PairVerdict one, PairVerdict other) =>
        one.Kind != other.Kind
            ? other.Kind.CompareTo(one.Kind)
            : (one.Gap ?? 0).CompareTo(other.Gap ?? 0);
}
