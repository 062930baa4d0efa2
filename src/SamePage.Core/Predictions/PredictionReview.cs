using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Core.Predictions;

/// <summary>
/// The predictions of a revealed round, checked against the answers they guessed: the blind spots, and how well each member guessed each other member.
/// Guesses that no longer have anything to be checked against are left out without complaint: by or
/// about someone who is not among the answers (e.g. who left the circle), about oneself, about a
/// behaviour not in the catalogue or that the subject did not answer, or holding a stance not on the scale.
/// </summary>
public sealed class PredictionReview
{
    private readonly IReadOnlyList<Guid> _members;
    private readonly List<Kept> _kept = [];

    /// <param name="answers">Each participating member's submitted answers, by behaviour id.</param>
    /// <param name="predictions">Each predictor's guesses: by behaviour id, then by the member whose answer was guessed.</param>
    public PredictionReview(
        BehaviourCatalogue catalogue,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> answers,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>> predictions)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(predictions);
        _members = [.. answers.Keys];

        // Walking the catalogue and the members (rather than the predictions) keeps only what can be
        // checked and fixes the order: catalogue order, then predictor, then subject.
        foreach (var behaviour in catalogue.Behaviours)
        {
            foreach (var predictor in _members)
            {
                if (!predictions.TryGetValue(predictor, out var byBehaviour)
                    || !byBehaviour.TryGetValue(behaviour.Id, out var bySubject))
                {
                    continue;
                }

                foreach (var subject in _members)
                {
                    if (subject == predictor
                        || !bySubject.TryGetValue(subject, out var predicted)
                        || !answers[subject].TryGetValue(behaviour.Id, out var actual)
                        || !StanceScale.IsDefined(predicted)
                        || !StanceScale.IsDefined(actual))
                    {
                        continue;
                    }

                    _kept.Add(new Kept(behaviour, predictor, subject, predicted, actual, PredictionCheck.Score(predicted, actual)));
                }
            }
        }
    }

    /// <summary>True when at least one guess could be checked against an answer.</summary>
    public bool AnyPredictions => _kept.Count > 0;

    /// <summary>Every blind spot of the round: the furthest off first, then in catalogue order, then by predictor and subject in member order.</summary>
    public IReadOnlyList<BlindSpot> BlindSpots() =>
        [.. _kept
            .Where(k => k.Score == PredictionScore.BlindSpot)
            .Select(ToBlindSpot)
            .OrderByDescending(b => b.Steps)];

    /// <summary>The blind spots in which a member guessed or was guessed about, in the order of <see cref="BlindSpots"/>.</summary>
    public IReadOnlyList<BlindSpot> BlindSpotsFor(Guid member) =>
        [.. BlindSpots().Where(b => b.Predictor == member || b.Subject == member)];

    /// <summary>How well one member guessed another; all zeros when there is nothing to check.</summary>
    public PredictionAccuracy Accuracy(Guid predictor, Guid subject)
    {
        var scores = _kept.Where(k => k.Predictor == predictor && k.Subject == subject).Select(k => k.Score).ToList();
        return new PredictionAccuracy(
            predictor,
            subject,
            Made: scores.Count,
            Scored: scores.Count(s => s != PredictionScore.NotScored),
            Exact: scores.Count(s => s == PredictionScore.Exact),
            WithinOneStep: scores.Count(s => s is PredictionScore.Exact or PredictionScore.OneStep),
            BlindSpots: scores.Count(s => s == PredictionScore.BlindSpot));
    }

    /// <summary>The accuracy of every ordered pair in which at least one guess was kept, predictor then subject in member order.</summary>
    public IReadOnlyList<PredictionAccuracy> Accuracies() =>
        [.. _members
            .SelectMany(predictor => _members.Where(subject => subject != predictor).Select(subject => Accuracy(predictor, subject)))
            .Where(a => a.Made > 0)];

    private static BlindSpot ToBlindSpot(Kept kept) => new(
        kept.Behaviour,
        kept.Predictor,
        kept.Subject,
        kept.Predicted,
        kept.Actual,
        PredictionCheck.Steps(kept.Predicted, kept.Actual)!.Value,
        kept.Predicted.Ordinal() < kept.Actual.Ordinal() ? BlindSpotDirection.ThoughtMoreRelaxed : BlindSpotDirection.ThoughtStricter);

    private sealed record Kept(Behaviour Behaviour, Guid Predictor, Guid Subject, Stance Predicted, Stance Actual, PredictionScore Score);
}
