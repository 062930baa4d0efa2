namespace SamePage.Core.CheckIns;

/// <summary>How a clause of the active agreement feels at a check-in.</summary>
public enum ClauseFeeling
{
    StillFits,
    HardToKeep,
    WantToRevisit,
}

public static class ClauseFeelings
{
    public static IReadOnlyList<ClauseFeeling> All { get; } = [ClauseFeeling.StillFits, ClauseFeeling.HardToKeep, ClauseFeeling.WantToRevisit];

    /// <summary>Reads a feeling by its exact name only (never a number, which <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would accept).</summary>
    public static bool TryParse(string? text, out ClauseFeeling feeling)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.Ordinal))
            {
                feeling = candidate;
                return true;
            }
        }

        feeling = default;
        return false;
    }

    /// <summary>A flag is anything but "still fits": it puts the clause on the agenda.</summary>
    public static bool IsFlag(this ClauseFeeling feeling) => feeling != ClauseFeeling.StillFits;
}
