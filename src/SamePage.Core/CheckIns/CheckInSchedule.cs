namespace SamePage.Core.CheckIns;

/// <summary>
/// How often a circle checks in; the value is the number of days between check-ins, except monthly,
/// which is the same day every month (see <see cref="CheckInSchedule.Occurrence"/>); 30 is how it is stored.
/// </summary>
public enum CheckInCadence
{
    Weekly = 7,
    Fortnightly = 14,
    Monthly = 30,
}

public enum DueState
{
    /// <summary>Fewer than two members: nobody to check in with yet.</summary>
    NeedsPartners,

    /// <summary>A check-in is open, waiting for answers.</summary>
    Open,

    /// <summary>Time for a check-in: none yet, or the rhythm's next day after the last one has come.</summary>
    Due,

    /// <summary>The last check-in is recent; the next falls due on <see cref="CheckInDue.NextOn"/>.</summary>
    NotYet,
}

/// <summary>What is due, and the day the next check-in falls (or fell) due; null when one is open or there is none yet.</summary>
public sealed record CheckInDue(DueState State, DateOnly? NextOn = null);

/// <summary>The rhythm of check-ins (issue 6, "Check-ins" and "Dashboard").</summary>
public static class CheckInSchedule
{
    public const CheckInCadence DefaultCadence = CheckInCadence.Monthly;

    /// <summary>A check-in needs someone to compare with, like a round.</summary>
    public const int MinimumMembers = 2;

    public static IReadOnlyList<CheckInCadence> Cadences { get; } = [CheckInCadence.Weekly, CheckInCadence.Fortnightly, CheckInCadence.Monthly];

    public static bool TryFromDays(int days, out CheckInCadence cadence)
    {
        cadence = (CheckInCadence)days;
        return Cadences.Contains(cadence);
    }

    /// <summary>The cadence stored as days; anything unexpected is read as the default.</summary>
    public static CheckInCadence FromDays(int days) => TryFromDays(days, out var cadence) ? cadence : DefaultCadence;

    /// <summary>Reads a cadence by its exact name (never a number).</summary>
    public static bool TryParse(string? text, out CheckInCadence cadence)
    {
        foreach (var candidate in Cadences)
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.Ordinal))
            {
                cadence = candidate;
                return true;
            }
        }

        cadence = DefaultCadence;
        return false;
    }

    /// <summary>
    /// The <paramref name="n"/>-th day of a rhythm that started on <paramref name="anchor"/>: every 7 or
    /// 14 days, or monthly on the anchor's day of the month, on the month's last day when it is shorter
    /// (31 January, 28 February, 31 March, 30 April…). Always counted from the anchor, so a short month
    /// never pulls the later ones earlier. The calendar file's RRULE says exactly this.
    /// </summary>
    public static DateOnly Occurrence(DateOnly anchor, CheckInCadence cadence, int n) =>
        cadence == CheckInCadence.Monthly ? anchor.AddMonths(n) : anchor.AddDays(n * (int)cadence);

    /// <summary>
    /// The rhythm's next day after a check-in opened on <paramref name="lastOpened"/>. A check-in counts
    /// for the rhythm's day nearest to it (opened a little early or late, it still is that one), so the
    /// next is the first day of the rhythm more than half a cadence after it.
    /// </summary>
    public static DateOnly NextAfter(DateOnly anchor, CheckInCadence cadence, DateOnly lastOpened)
    {
        var half = cadence == CheckInCadence.Monthly ? 15 : (int)cadence / 2;
        var after = lastOpened.AddDays(half);
        var n = Math.Max(0, (after.DayNumber - anchor.DayNumber) / (cadence == CheckInCadence.Monthly ? 31 : (int)cadence) - 1);
        while (Occurrence(anchor, cadence, n) <= after)
        {
            n++;
        }

        return Occurrence(anchor, cadence, n);
    }

    /// <param name="firstOpenedUtc">When the circle's first check-in opened: the rhythm's first day. Null if there has been none.</param>
    /// <param name="lastOpenedUtc">When the latest check-in opened, or null if there has been none.</param>
    /// <param name="lastRevealed">Whether the latest check-in has been revealed.</param>
    public static CheckInDue Due(DateTime? firstOpenedUtc, DateTime? lastOpenedUtc, bool lastRevealed, CheckInCadence cadence, int memberCount, DateTime nowUtc)
    {
        if (lastOpenedUtc is not null && !lastRevealed)
        {
            return new CheckInDue(DueState.Open);
        }

        if (memberCount < MinimumMembers)
        {
            return new CheckInDue(DueState.NeedsPartners);
        }

        if (lastOpenedUtc is not { } last)
        {
            return new CheckInDue(DueState.Due);
        }

        var next = NextAfter(DateOnly.FromDateTime(firstOpenedUtc ?? last), cadence, DateOnly.FromDateTime(last));
        return DateOnly.FromDateTime(nowUtc) >= next
            ? new CheckInDue(DueState.Due, next)
            : new CheckInDue(DueState.NotYet, next);
    }
}
