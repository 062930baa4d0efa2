using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Core.Predictions;

/// <summary>Which way a guess missed.</summary>
public enum BlindSpotDirection
{
    /// <summary>The guess was more relaxed than the answer (e.g. guessed "Fine", answered "That would feel like a betrayal").</summary>
    ThoughtMoreRelaxed,

    /// <summary>The guess was stricter than the answer (e.g. guessed "It would hurt", answered "Fine").</summary>
    ThoughtStricter,
}

/// <summary>A guess at a partner's answer that was <see cref="PredictionCheck.BlindSpotSteps"/> or more steps off.</summary>
/// <param name="Predictor">The member who guessed.</param>
/// <param name="Subject">The member whose answer was guessed.</param>
/// <param name="Steps">How many steps apart the guess and the answer are on the scale.</param>
public sealed record BlindSpot(Behaviour Behaviour, Guid Predictor, Guid Subject, Stance Predicted, Stance Actual, int Steps, BlindSpotDirection Direction);

/// <summary>How well one member guessed another's answers in a round.</summary>
/// <param name="Made">Every guess kept for the pair, including those that could not be scored.</param>
/// <param name="Scored">The guesses that could be scored (see <see cref="PredictionScore.NotScored"/>).</param>
/// <param name="Exact">The guesses that were exactly right.</param>
/// <param name="WithinOneStep">The guesses exactly right or one step off.</param>
/// <param name="BlindSpots">The guesses two or more steps off.</param>
public sealed record PredictionAccuracy(Guid Predictor, Guid Subject, int Made, int Scored, int Exact, int WithinOneStep, int BlindSpots)
{
    /// <summary>The share of scored guesses within one step, from 0 to 1; null when nothing could be scored.</summary>
    public double? Share => Scored == 0 ? null : (double)WithinOneStep / Scored;
}
