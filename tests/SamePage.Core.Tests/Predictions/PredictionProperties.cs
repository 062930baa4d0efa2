using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Catalogue;
using SamePage.Core.Predictions;
using SamePage.Core.Stances;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Predictions;

[Properties(Arbitrary = [typeof(StanceArbitraries)])]
public class PredictionProperties
{
    private static readonly BehaviourCatalogue Catalogue = new(
        [.. Enumerable.Range(0, 3).Select(c => new Category($"category-{c}", $"Category {c}", "Some behaviours."))],
        [.. Enumerable.Range(0, 8).Select(b => new Behaviour($"behaviour-{b}", $"category-{b % 3}", $"Behaviour {b}", "An example.", false))]);

    /// <summary>Five people; the first few answered the round, the others left before it was revealed.</summary>
    private static readonly Guid[] People = [.. Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8]))];

    /// <summary>Behaviour ids a guess may name: the catalogue's and one that is not in it.</summary>
    private static readonly string[] GuessedIds = [.. Catalogue.Behaviours.Select(b => b.Id), "not-in-the-catalogue"];

    /// <summary>A revealed round with its answers and guesses, including guesses that must be dropped.</summary>
    public sealed record Round(
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> Answers,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>> Predictions)
    {
        public PredictionReview Review() => new(Catalogue, Answers, Predictions);

        public override string ToString() =>
            "answers " + string.Join(" | ", Answers.Select(m => $"{Name(m.Key)}: {string.Join(",", m.Value.Select(kv => $"{kv.Key}={kv.Value}"))}"))
            + "; guesses " + string.Join(" | ", Predictions.SelectMany(p => p.Value.SelectMany(b => b.Value.Select(s => $"{Name(p.Key)}->{Name(s.Key)} {b.Key}={s.Value}"))));

        private static string Name(Guid id) => $"p{Array.IndexOf(People, id)}";
    }

    private static readonly Gen<IReadOnlyDictionary<string, Stance>> OneMembersAnswers =
        Gen.CollectToList(Catalogue.Behaviours, b => Gen.Zip(Gen.Elements(true, true, false), StanceArbitraries.AnyStance, (answered, stance) => (b.Id, answered, stance)))
            .Select(IReadOnlyDictionary<string, Stance> (all) => all.Where(x => x.answered).ToDictionary(x => x.Id, x => x.stance));

    private static readonly (Guid Predictor, string Id, Guid Subject)[] EveryGuess =
        [.. People.SelectMany(p => GuessedIds.SelectMany(id => People.Select(s => (p, id, s))))];

    private static readonly Gen<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>>> Guesses =
        Gen.CollectToList(EveryGuess, g => Gen.Zip(Gen.Elements(true, false, false), StanceArbitraries.AnyStance, (made, stance) => (g, made, stance)))
            .Select(all => (IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>>)all
                .Where(x => x.made)
                .GroupBy(x => x.g.Predictor)
                .ToDictionary(
                    byPredictor => byPredictor.Key,
                    byPredictor => (IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>)byPredictor
                        .GroupBy(x => x.g.Id)
                        .ToDictionary(byId => byId.Key, byId => (IReadOnlyDictionary<Guid, Stance>)byId.ToDictionary(x => x.g.Subject, x => x.stance))));

    private static readonly Arbitrary<Round> Rounds =
        Gen.Choose(2, 4)
            .SelectMany(count => Gen.ListOf(OneMembersAnswers, count))
            // Listed from the last person down, so member order is not the order of the ids.
            .Select(members => (IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>>)members
                .Select((answers, i) => (Id: People[members.Count - 1 - i], answers))
                .ToDictionary(x => x.Id, x => x.answers))
            .SelectMany(answers => Guesses.Select(predictions => new Round(answers, predictions)))
            .ToArbitrary();

    /// <summary>The guesses that can be checked, counted without the review.</summary>
    private static int CheckableGuesses(Round round) =>
        EveryGuess.Count(g =>
            g.Predictor != g.Subject
            && round.Answers.ContainsKey(g.Predictor)
            && round.Answers.TryGetValue(g.Subject, out var answers)
            && Catalogue.Find(g.Id) is not null
            && answers.ContainsKey(g.Id)
            && round.Predictions.TryGetValue(g.Predictor, out var byId)
            && byId.TryGetValue(g.Id, out var bySubject)
            && bySubject.ContainsKey(g.Subject));

    [Property]
    public void Swapping_the_guess_and_the_answer_gives_the_same_score(Stance a, Stance b)
    {
        Assert.Equal(PredictionCheck.Score(a, b), PredictionCheck.Score(b, a));
        Assert.Equal(PredictionCheck.Score(a, b) == PredictionScore.BlindSpot, PredictionCheck.Score(b, a) == PredictionScore.BlindSpot);
    }

    [Property]
    public void A_guess_equal_to_the_answer_is_exact_and_never_a_blind_spot(Stance a)
    {
        Assert.Equal(PredictionScore.Exact, PredictionCheck.Score(a, a));
    }

    [Property]
    public void A_blind_spot_is_exactly_a_guess_two_or_more_steps_off_on_the_scale(Stance predicted, Stance actual)
    {
        var onScale = predicted.Ordinal() is not null && actual.Ordinal() is not null;
        var farApart = onScale && Math.Abs((int)predicted.Ordinal()! - (int)actual.Ordinal()!) >= PredictionCheck.BlindSpotSteps;

        Assert.Equal(farApart, PredictionCheck.Score(predicted, actual) == PredictionScore.BlindSpot);
        Assert.Equal(!onScale && predicted != actual, PredictionCheck.Score(predicted, actual) == PredictionScore.NotScored);
    }

    [Property]
    public Property The_blind_spots_add_up_to_those_counted_in_the_accuracies() =>
        Prop.ForAll(Rounds, round =>
        {
            var review = round.Review();

            Assert.Equal(review.BlindSpots().Count, review.Accuracies().Sum(a => a.BlindSpots));
        });

    [Property]
    public Property Exactly_the_guesses_that_can_be_checked_are_kept() =>
        Prop.ForAll(Rounds, round =>
        {
            var review = round.Review();
            var checkable = CheckableGuesses(round);

            Assert.Equal(checkable, review.Accuracies().Sum(a => a.Made));
            Assert.Equal(checkable > 0, review.AnyPredictions);
        });

    [Property]
    public Property Every_blind_spot_is_a_real_guess_two_or_more_steps_from_a_real_answer() =>
        Prop.ForAll(Rounds, round =>
        {
            foreach (var spot in round.Review().BlindSpots())
            {
                Assert.NotEqual(spot.Predictor, spot.Subject);
                Assert.Equal(round.Answers[spot.Subject][spot.Behaviour.Id], spot.Actual);
                Assert.Equal(round.Predictions[spot.Predictor][spot.Behaviour.Id][spot.Subject], spot.Predicted);
                Assert.Equal(PredictionScore.BlindSpot, PredictionCheck.Score(spot.Predicted, spot.Actual));
                Assert.True(spot.Steps >= PredictionCheck.BlindSpotSteps);
                var relaxed = spot.Predicted.Ordinal() < spot.Actual.Ordinal();
                Assert.Equal(relaxed ? BlindSpotDirection.ThoughtMoreRelaxed : BlindSpotDirection.ThoughtStricter, spot.Direction);
            }
        });

    [Property]
    public Property Blind_spots_are_ordered_by_steps_then_catalogue_then_predictor_then_subject() =>
        Prop.ForAll(Rounds, round =>
        {
            var members = round.Answers.Keys.ToList();
            var behaviours = Catalogue.Behaviours.Select(b => b.Id).ToList();
            var keys = round.Review().BlindSpots()
                .Select(s => (-s.Steps, behaviours.IndexOf(s.Behaviour.Id), members.IndexOf(s.Predictor), members.IndexOf(s.Subject)))
                .ToList();

            Assert.Equal(keys.Order(), keys);
            Assert.Equal(keys.Count, keys.Distinct().Count());
        });

    [Property]
    public Property Accuracy_counts_nest_and_the_share_is_a_fraction() =>
        Prop.ForAll(Rounds, round =>
        {
            foreach (var a in round.Review().Accuracies())
            {
                Assert.True(a.Made > 0);
                Assert.True(a.Exact <= a.WithinOneStep && a.WithinOneStep <= a.Scored && a.Scored <= a.Made, a.ToString());
                Assert.Equal(a.Scored, a.WithinOneStep + a.BlindSpots);
                Assert.Equal(a.Scored == 0, a.Share is null);
                Assert.InRange(a.Share ?? 0, 0, 1);
            }
        });

    [Property]
    public Property A_members_blind_spots_are_those_they_guessed_or_were_guessed_about() =>
        Prop.ForAll(Rounds, round =>
        {
            var review = round.Review();
            foreach (var member in People)
            {
                Assert.Equal(review.BlindSpots().Where(s => s.Predictor == member || s.Subject == member), review.BlindSpotsFor(member));
            }
        });
}
