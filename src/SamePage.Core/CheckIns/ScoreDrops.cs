namespace SamePage.Core.CheckIns;

/// <summary>A member's score on one item fell from one check-in to the next they took part in.</summary>
public sealed record Drop(Guid Member, string Item, int From, int To, int PreviousNumber)
{
    public int By => From - To;
}

/// <summary>
/// Sharp drops between check-ins. A member's check-in is compared with the latest earlier revealed
/// check-in that member took part in (a member takes part in every check-in revealed while they are in
/// the circle, so this is the one just before, or nothing for their first).
/// </summary>
public static class ScoreDrops
{
    /// <summary>A fall of this many points or more is a drop.</summary>
    public const int Threshold = 2;

    /// <summary>The items that fell by <see cref="Threshold"/> or more between two sets of scores, in the order given.</summary>
    public static IReadOnlyList<Drop> Between(Guid member, CheckInRecord before, CheckInAnswers after, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(items);
        if (!before.Answers.TryGetValue(member, out var earlier))
        {
            return [];
        }

        var drops = new List<Drop>();
        foreach (var item in items)
        {
            if (earlier.Score(item) is { } from && after.Score(item) is { } to && from - to >= Threshold)
            {
                drops.Add(new Drop(member, item, from, to, before.Number));
            }
        }

        return drops;
    }

    /// <summary>The latest check-in before <paramref name="number"/> that the member took part in, or null.</summary>
    public static CheckInRecord? PreviousFor(IEnumerable<CheckInRecord> history, int number, Guid member)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Where(r => r.Number < number && r.TookPart(member)).MaxBy(r => r.Number);
    }

    /// <summary>Everything that dropped at check-in <paramref name="number"/>, for each member who took part, in the order given.</summary>
    public static IReadOnlyList<Drop> At(IReadOnlyList<CheckInRecord> history, int number, IEnumerable<Guid> memberOrder)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(memberOrder);
        var current = history.FirstOrDefault(r => r.Number == number);
        if (current is null)
        {
            return [];
        }

        var drops = new List<Drop>();
        foreach (var member in memberOrder.Where(current.TookPart))
        {
            if (PreviousFor(history, number, member) is { } previous)
            {
                drops.AddRange(Between(member, previous, current.Answers[member], CheckInItems.All));
            }
        }

        return drops;
    }

    /// <summary>
    /// Drops in feeling secure or trusting for one member at check-in <paramref name="number"/>: when there
    /// are any, that member alone is offered a conversation or a counsellor. Never shown to anyone else.
    /// </summary>
    public static IReadOnlyList<Drop> SafetyDropsFor(IReadOnlyList<CheckInRecord> history, int number, Guid member)
    {
        ArgumentNullException.ThrowIfNull(history);
        var current = history.FirstOrDefault(r => r.Number == number);
        return current is not null && current.Answers.TryGetValue(member, out var answers) && PreviousFor(history, number, member) is { } previous
            ? Between(member, previous, answers, CheckInItems.Safety)
            : [];
    }
}
