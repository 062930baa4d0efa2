using SamePage.Core.Stances;

namespace SamePage.Core.Comparisons;

/// <summary>Two members' stances on one behaviour, with the gap between them and its kind.</summary>
public sealed record PairVerdict(Stance First, Stance Second, int? Gap, GapKind Kind)
{
    /// <summary>Classifies a pair of stances. Symmetric in its arguments.</summary>
    public static PairVerdict Classify(Stance first, Stance second)
    {
        if (first == Stance.NotApplicable || second == Stance.NotApplicable)
        {
            return new(first, second, null, GapKind.Skipped);
        }

        if (first == Stance.Unsure || second == Stance.Unsure)
        {
            return new(first, second, null, GapKind.TalkAboutIt);
        }

        var a = first.Ordinal()!.Value;
        var b = second.Ordinal()!.Value;
        var gap = Math.Abs(a - b);
        var kind = gap switch
        {
            _ when gap >= 3 || IsRelaxedVersusBetrayal(first, second) || IsRelaxedVersusBetrayal(second, first) => GapKind.HotSpot,
            2 => GapKind.TalkAboutIt,
            _ when first == Stance.Hurts && second == Stance.Hurts => GapKind.TalkAboutIt,
            1 => GapKind.Close,
            _ => GapKind.Aligned,
        };
        return new(first, second, gap, kind);
    }

    private static bool IsRelaxedVersusBetrayal(Stance one, Stance other) =>
        (one == Stance.Fine || one == Stance.TellMe) && other == Stance.Betrayal;
}
