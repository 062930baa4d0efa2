using SamePage.Core.Catalogue;
using SamePage.Core.Predictions;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Predictions;

public class PredictionReviewTests
{
    private static readonly Guid Ana = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Ben = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Cai = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid Dee = new("00000000-0000-0000-0000-00000000000d");

    private static readonly BehaviourCatalogue Catalogue = new(
        [new Category("physical", "Physical", "Touch."), new Category("online", "Online", "Apps.")],
        [
            new Behaviour("hugging", "physical", "Hugging someone", "A long hug.", false),
            new Behaviour("kissing", "physical", "Kissing someone", "On the lips.", false),
            new Behaviour("sexting", "online", "Sexting", "Sexual messages.", false),
            new Behaviour("dating-app", "online", "A dating-app profile", "Even inactive.", false),
            new Behaviour("texting-ex", "online", "Texting an ex", "Often.", false),
        ]);

    private sealed class Builder
    {
        private readonly Dictionary<Guid, IReadOnlyDictionary<string, Stance>> _answers = [];
        private readonly Dictionary<Guid, Dictionary<string, Dictionary<Guid, Stance>>> _predictions = [];

        public Builder Answered(Guid member, params (string Id, Stance Stance)[] answers)
        {
            _answers[member] = answers.ToDictionary(a => a.Id, a => a.Stance);
            return this;
        }

        public Builder Guessed(Guid predictor, Guid subject, params (string Id, Stance Stance)[] guesses)
        {
            var byBehaviour = _predictions.TryGetValue(predictor, out var existing) ? existing : _predictions[predictor] = [];
            foreach (var (id, stance) in guesses)
            {
                var bySubject = byBehaviour.TryGetValue(id, out var s) ? s : byBehaviour[id] = [];
                bySubject[subject] = stance;
            }

            return this;
        }

        public PredictionReview Review() => new(
            Catalogue,
            _answers,
            _predictions.ToDictionary(
                p => p.Key,
                p => (IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>)p.Value.ToDictionary(
                    b => b.Key,
                    b => (IReadOnlyDictionary<Guid, Stance>)b.Value)));
    }

    [Fact]
    public void A_guess_more_relaxed_than_the_answer_is_a_blind_spot_thought_more_relaxed()
    {
        var review = new Builder()
            .Answered(Ana, ("kissing", Fine))
            .Answered(Ben, ("kissing", Betrayal))
            .Guessed(Ana, Ben, ("kissing", Fine))
            .Review();

        var spot = Assert.Single(review.BlindSpots());

        Assert.Equal(new BlindSpot(Catalogue.Behaviours[1], Ana, Ben, Fine, Betrayal, 4, BlindSpotDirection.ThoughtMoreRelaxed), spot);
    }

    [Fact]
    public void A_guess_stricter_than_the_answer_is_a_blind_spot_thought_stricter()
    {
        var review = new Builder()
            .Answered(Ana, ("sexting", TellMe))
            .Answered(Ben, ("sexting", Fine))
            .Guessed(Ben, Ana, ("sexting", Hurts))
            .Review();

        var spot = Assert.Single(review.BlindSpots());

        Assert.Equal((Ben, Ana, 2, BlindSpotDirection.ThoughtStricter), (spot.Predictor, spot.Subject, spot.Steps, spot.Direction));
    }

    [Fact]
    public void Exact_one_step_and_unscored_guesses_are_not_blind_spots()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Fine), ("kissing", TellMe), ("sexting", Unsure), ("dating-app", Betrayal))
            .Answered(Ben)
            .Guessed(Ben, Ana, ("hugging", Fine), ("kissing", AskFirst), ("sexting", Betrayal), ("dating-app", NotApplicable))
            .Review();

        Assert.Empty(review.BlindSpots());
        Assert.True(review.AnyPredictions);
    }

    [Fact]
    public void Accuracy_counts_every_kept_guess_and_shares_only_the_scored_ones()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Fine), ("kissing", TellMe), ("sexting", Betrayal), ("dating-app", Fine), ("texting-ex", Unsure))
            .Answered(Ben)
            .Guessed(Ben, Ana, ("hugging", Fine), ("kissing", AskFirst), ("sexting", TellMe), ("dating-app", Unsure), ("texting-ex", Unsure))
            .Review();

        var accuracy = review.Accuracy(Ben, Ana);

        Assert.Equal(new PredictionAccuracy(Ben, Ana, Made: 5, Scored: 4, Exact: 2, WithinOneStep: 3, BlindSpots: 1), accuracy);
        Assert.Equal(0.75, accuracy.Share);
    }

    [Fact]
    public void Share_is_missing_when_no_guess_could_be_scored()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", NotApplicable))
            .Answered(Ben)
            .Guessed(Ben, Ana, ("hugging", Fine))
            .Review();

        var accuracy = review.Accuracy(Ben, Ana);

        Assert.Equal((1, 0), (accuracy.Made, accuracy.Scored));
        Assert.Null(accuracy.Share);
    }

    [Fact]
    public void Guesses_by_or_about_someone_who_left_are_dropped_without_an_error()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Fine))
            .Answered(Ben, ("hugging", Betrayal))
            .Guessed(Ana, Cai, ("hugging", Fine))
            .Guessed(Cai, Ben, ("hugging", Fine))
            .Review();

        Assert.False(review.AnyPredictions);
        Assert.Empty(review.BlindSpots());
        Assert.Empty(review.Accuracies());
        Assert.Equal(new PredictionAccuracy(Cai, Ben, 0, 0, 0, 0, 0), review.Accuracy(Cai, Ben));
        Assert.Empty(review.BlindSpotsFor(Cai));
    }

    [Fact]
    public void Guesses_about_oneself_are_dropped()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Betrayal))
            .Answered(Ben)
            .Guessed(Ana, Ana, ("hugging", Fine))
            .Review();

        Assert.False(review.AnyPredictions);
        Assert.Equal(0, review.Accuracy(Ana, Ana).Made);
    }

    [Fact]
    public void Guesses_about_behaviours_not_in_the_catalogue_or_not_answered_are_dropped()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Betrayal), ("retired-behaviour", Betrayal))
            .Answered(Ben)
            .Guessed(Ben, Ana, ("retired-behaviour", Fine), ("kissing", Fine), ("hugging", TellMe))
            .Review();

        var spot = Assert.Single(review.BlindSpots());
        Assert.Equal("hugging", spot.Behaviour.Id);
        Assert.Equal(1, review.Accuracy(Ben, Ana).Made);
    }

    [Fact]
    public void Guesses_holding_a_stance_that_is_not_defined_are_dropped()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Betrayal), ("kissing", (Stance)42))
            .Answered(Ben)
            .Guessed(Ben, Ana, ("hugging", (Stance)42), ("kissing", Fine))
            .Review();

        Assert.False(review.AnyPredictions);
    }

    [Fact]
    public void Blind_spots_come_furthest_off_first_then_in_catalogue_order_then_in_member_order()
    {
        // Members are listed Cai, Ana, Ben: the order of the answers, not of the ids, decides.
        var review = new Builder()
            .Answered(Cai, ("hugging", Fine), ("sexting", Fine))
            .Answered(Ana, ("hugging", Betrayal), ("sexting", Fine))
            .Answered(Ben, ("hugging", AskFirst), ("sexting", Hurts))
            .Guessed(Ana, Ben, ("hugging", Fine), ("sexting", Fine))
            .Guessed(Ben, Ana, ("hugging", Fine), ("sexting", AskFirst))
            .Guessed(Ben, Cai, ("sexting", AskFirst))
            .Guessed(Cai, Ben, ("hugging", Fine))
            .Guessed(Ana, Cai, ("sexting", Hurts))
            .Review();

        var spots = review.BlindSpots().Select(s => (s.Behaviour.Id, s.Predictor, s.Subject, s.Steps)).ToList();

        Assert.Equal(
            [
                ("hugging", Ben, Ana, 4),
                ("sexting", Ana, Cai, 3),
                ("sexting", Ana, Ben, 3),
                ("hugging", Cai, Ben, 2),
                ("hugging", Ana, Ben, 2),
                ("sexting", Ben, Cai, 2),
                ("sexting", Ben, Ana, 2),
            ],
            spots);
    }

    [Fact]
    public void Blind_spots_for_a_member_are_those_they_guessed_and_those_guessed_about_them()
    {
        var review = new Builder()
            .Answered(Ana, ("hugging", Betrayal))
            .Answered(Ben, ("hugging", Betrayal))
            .Answered(Cai, ("hugging", Fine))
            .Guessed(Ana, Ben, ("hugging", Fine))
            .Guessed(Ben, Cai, ("hugging", Hurts))
            .Guessed(Cai, Ana, ("hugging", TellMe))
            .Review();

        Assert.Equal([(Ana, Ben), (Cai, Ana)], review.BlindSpotsFor(Ana).Select(s => (s.Predictor, s.Subject)));
        Assert.Equal([(Ana, Ben), (Ben, Cai)], review.BlindSpotsFor(Ben).Select(s => (s.Predictor, s.Subject)));
        Assert.Empty(review.BlindSpotsFor(Dee));
    }

    [Fact]
    public void Accuracies_list_every_pair_with_a_kept_guess_predictor_then_subject_in_member_order()
    {
        var review = new Builder()
            .Answered(Ben, ("hugging", Fine))
            .Answered(Ana, ("hugging", Fine))
            .Answered(Cai, ("hugging", Fine))
            .Guessed(Cai, Ana, ("hugging", Fine))
            .Guessed(Ana, Cai, ("hugging", Betrayal))
            .Guessed(Ana, Ben, ("hugging", TellMe))
            .Guessed(Ben, Ana, ("kissing", Fine))
            .Review();

        var pairs = review.Accuracies().Select(a => (a.Predictor, a.Subject, a.Made, a.BlindSpots)).ToList();

        Assert.Equal([(Ana, Ben, 1, 0), (Ana, Cai, 1, 1), (Cai, Ana, 1, 0)], pairs);
    }

    [Fact]
    public void A_round_without_guesses_has_none_to_show()
    {
        var review = new Builder().Answered(Ana, ("hugging", Fine)).Answered(Ben, ("hugging", Fine)).Review();

        Assert.False(review.AnyPredictions);
        Assert.Empty(review.BlindSpots());
        Assert.Empty(review.Accuracies());
    }
}
