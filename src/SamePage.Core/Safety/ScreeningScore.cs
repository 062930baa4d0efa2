using System.Globalization;

namespace SamePage.Core.Safety;

/// <summary>
/// How the screener did on labelled clauses (`control:&lt;kind&gt;` or `healthy`; other labels are not
/// counted): recall on control lines, false alarms on healthy lines, and how often a caught line
/// had its labelled kind among the kinds found.
/// </summary>
public sealed record ScreeningScore(int Control, int Caught, int RightKind, int Healthy, int FalseAlarms)
{
    public const string ControlPrefix = "control:";
    public const string HealthyLabel = "healthy";

    public double Recall => Ratio(Caught, Control);

    public double FalsePositiveRate => Ratio(FalseAlarms, Healthy);

    /// <summary>Of the caught control lines, the share whose labelled kind was among the kinds found.</summary>
    public double KindAccuracy => Ratio(RightKind, Caught);

    public bool HasLabels => Control + Healthy > 0;

    public static ScreeningScore Of(IEnumerable<(string? Label, ScreenResult Result)> screened)
    {
        ArgumentNullException.ThrowIfNull(screened);
        int control = 0, caught = 0, rightKind = 0, healthy = 0, falseAlarms = 0;
        foreach (var (label, result) in screened)
        {
            if (label is not null && label.StartsWith(ControlPrefix, StringComparison.Ordinal))
            {
                control++;
                if (result.Flagged)
                {
                    caught++;
                    rightKind += KindOf(label) is { } kind && result.Kinds.Contains(kind) ? 1 : 0;
                }
            }
            else if (label == HealthyLabel)
            {
                healthy++;
                falseAlarms += result.Flagged ? 1 : 0;
            }
        }

        return new ScreeningScore(control, caught, rightKind, healthy, falseAlarms);
    }

    /// <summary>The kind named by a `control:&lt;kind&gt;` label, or null.</summary>
    public static ControlKind? KindOf(string label) =>
        label is not null && label.StartsWith(ControlPrefix, StringComparison.Ordinal)
        && label[ControlPrefix.Length..] is { Length: > 0 } name && name.All(char.IsAsciiLetter)
        && Enum.TryParse<ControlKind>(name, ignoreCase: true, out var kind)
            ? kind
            : null;

    /// <summary>One line for people: "recall 35/35 (1.000), false alarms 0/35 (0.000), right kind 35/35 (1.000)".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"recall {Caught}/{Control} ({Recall:F3}), false alarms {FalseAlarms}/{Healthy} ({FalsePositiveRate:F3}), right kind {RightKind}/{Caught} ({KindAccuracy:F3})");

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
