using SamePage.Core.Stances;

namespace SamePage.Core.Predictions;

/// <summary>How close a guess at a partner's answer came to what they actually answered.</summary>
public enum PredictionScore
{
    /// <summary>The guess was the answer, including "Not sure yet" and "Doesn't apply" guessed right.</summary>
    Exact,

    /// <summary>One step away on the scale.</summary>
    OneStep,

    /// <summary>Two or more steps away on the scale.</summary>
    BlindSpot,

    /// <summary>One side is off the scale ("Not sure yet" or "Doesn't apply") and the other is not, so there is no distance to measure.</summary>
    NotScored,
}

/// <summary>The rule that scores one prediction against the answer it tried to guess.</summary>
public static class PredictionCheck
{
    /// <summary>A guess this many steps or more from the answer is a blind spot.</summary>
    public const int BlindSpotSteps = 2;

    /// <summary>
    /// Scores a guess: the same stance is exact; on the scale, one step off is close and
    /// <see cref="BlindSpotSteps"/> or more is a blind spot; anything else cannot be scored.
    /// Symmetric in whether it is a blind spot: swapping the two stances gives the same score.
    /// </summary>
    public static PredictionScore Score(Stance predicted, Stance actual)
    {
        if (!StanceScale.IsDefined(predicted) || !StanceScale.IsDefined(actual))
        {
            return PredictionScore.NotScored;
        }

        if (predicted == actual)
        {
            return PredictionScore.Exact;
        }

        return Steps(predicted, actual) switch
        {
            null => PredictionScore.NotScored,
            >= BlindSpotSteps => PredictionScore.BlindSpot,
            _ => PredictionScore.OneStep,
        };
    }

    /// <summary>How many steps apart two stances are on the scale, or null when either is off it.</summary>
    internal static int? Steps(Stance predicted, Stance actual) =>
        predicted.Ordinal() is { } p && actual.Ordinal() is { } a ? Math.Abs(p - a) : null;
}
