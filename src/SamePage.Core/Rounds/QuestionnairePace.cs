namespace SamePage.Core.Rounds;

/// <summary>
/// How long the rest of a questionnaire will take, from how many questions are still open. The
/// estimate is a calm promise, not a measurement: about 12 seconds a question (reading the behaviour
/// and its one-line clarification, one tap), so the 63 questions of the catalogue take about 13
/// minutes, within the "about 10–15 minutes" said before starting. Guesses are optional and not counted.
/// </summary>
public static class QuestionnairePace
{
    /// <summary>The estimate per open question, reading included.</summary>
    public const int SecondsPerQuestion = 12;

    /// <summary>Whole minutes left, rounded up, so "about 1 minute" until every question is answered; 0 when none is open.</summary>
    public static int MinutesLeft(int answered, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var open = Math.Clamp(total - answered, 0, total);
        return (open * SecondsPerQuestion + 59) / 60;
    }
}
