using System.Globalization;

namespace SamePage.Core.CheckIns;

/// <summary>
/// The questions every check-in asks, each answered on a scale from 0 to 6. The
/// ids are stable: sealed answers and trends refer to them, so wording changes never touch them.
/// </summary>
public static class CheckInItems
{
    public const string Satisfied = "satisfied";
    public const string Secure = "secure";
    public const string Heard = "heard";
    public const string Close = "close";
    public const string Trusting = "trusting";

    public const int MinScore = 0;
    public const int MaxScore = 6;

    /// <summary>Every item, in the order a check-in asks them.</summary>
    public static IReadOnlyList<string> All { get; } = [Satisfied, Secure, Heard, Close, Trusting];

    /// <summary>The items whose sharp drop suggests, privately to that member, a conversation or a counsellor.</summary>
    public static IReadOnlyList<string> Safety { get; } = [Secure, Trusting];

    public static bool IsItem(string? id) => id is not null && All.Contains(id, StringComparer.Ordinal);

    public static bool IsScore(int score) => score is >= MinScore and <= MaxScore;

    /// <summary>Reads a score as a form posts it: plain digits only ("4"), within the scale.</summary>
    public static bool TryParseScore(string? text, out int score)
    {
        score = 0;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed)
            && trimmed.Length <= 2
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out score)
            && IsScore(score);
    }
}
