namespace SamePage.Core.CheckIns;

/// <summary>One member's score on one item at one check-in.</summary>
public sealed record TrendPoint(int Number, DateTime OpenedAtUtc, int Score);

/// <summary>Each member's scores over time, item by item, from the revealed check-ins.</summary>
public static class ScoreTrends
{
    /// <summary>The member's scores on the item, oldest check-in first; check-ins they did not take part in are left out.</summary>
    public static IReadOnlyList<TrendPoint> For(IEnumerable<CheckInRecord> history, Guid member, string item)
    {
        ArgumentNullException.ThrowIfNull(history);
        return
        [
            .. history
                .OrderBy(r => r.Number)
                .Where(r => r.Answers.TryGetValue(member, out var a) && a.Score(item) is not null)
                .Select(r => new TrendPoint(r.Number, r.OpenedAtUtc, r.Answers[member].Score(item)!.Value)),
        ];
    }
}
