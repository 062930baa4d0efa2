namespace SamePage.Core.CheckIns;

/// <summary>How often a circle checks in; the value is the number of days between check-ins.</summary>
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

    /// <summary>Time for a check-in: none yet, or the last one opened a full cadence ago or more.</summary>
    Due,

    /// <summary>The last check-in is recent; the next falls due on <see cref="CheckInDue.NextOn"/>.</summary>
    NotYet,
}

/// <summary>What is due, and when the next check-in falls due (null when one is due now or open).</summary>
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

    /// <param name="lastOpenedUtc">When the latest check-in opened, or null if there has been none.</param>
    /// <param name="lastRevealed">Whether the latest check-in has been revealed.</param>
    public static CheckInDue Due(DateTime? lastOpenedUtc, bool lastRevealed, CheckInCadence cadence, int memberCount, DateTime nowUtc)
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

        var next = last.AddDays((int)cadence);
        return nowUtc >= next
            ? new CheckInDue(DueState.Due)
            : new CheckInDue(DueState.NotYet, DateOnly.FromDateTime(next));
    }
}
