using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Core.Demo;

/// <summary>
/// What the sample partner of a demo circle says, from the content file <c>demo.yaml</c>: its made-up
/// name, its answers (a default, then per category, then per behaviour), its guesses about the person
/// trying the demo, its "How I connect" answers and its first check-in. Nothing here is anyone's words.
/// </summary>
public sealed record SampleScript(
    string CircleName,
    string YourName,
    string PartnerName,
    Stance DefaultAnswer,
    IReadOnlyDictionary<string, Stance> CategoryAnswers,
    IReadOnlyDictionary<string, Stance> BehaviourAnswers,
    IReadOnlyDictionary<string, Stance> Guesses,
    IReadOnlyDictionary<string, int> Styles,
    IReadOnlyDictionary<string, int> CheckInScores,
    string Appreciation,
    string Topics)
{
    /// <summary>The sample partner's answer to one behaviour: its own line, else its category's, else the default.</summary>
    public Stance AnswerFor(Behaviour behaviour)
    {
        ArgumentNullException.ThrowIfNull(behaviour);
        return BehaviourAnswers.TryGetValue(behaviour.Id, out var own) ? own
            : CategoryAnswers.TryGetValue(behaviour.CategoryId, out var category) ? category
            : DefaultAnswer;
    }

    /// <summary>An answer to every behaviour a round asks, the circle's own behaviours included, so the sheet is always complete.</summary>
    public IReadOnlyDictionary<string, Stance> AnswersFor(BehaviourCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Behaviours.ToDictionary(b => b.Id, AnswerFor, StringComparer.Ordinal);
    }

    /// <summary>The guesses that name a behaviour this round asks.</summary>
    public IReadOnlyDictionary<string, Stance> GuessesFor(BehaviourCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return Guesses.Where(g => catalogue.Find(g.Key) is not null).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
    }
}
