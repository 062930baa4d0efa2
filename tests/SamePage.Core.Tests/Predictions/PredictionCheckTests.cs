using SamePage.Core.Predictions;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Predictions;

public class PredictionCheckTests
{
    [Theory]
    [InlineData(Fine)]
    [InlineData(TellMe)]
    [InlineData(AskFirst)]
    [InlineData(Hurts)]
    [InlineData(Betrayal)]
    [InlineData(Unsure)]
    [InlineData(NotApplicable)]
    public void Guessing_the_answer_itself_is_exact_even_off_the_scale(Stance stance)
    {
        Assert.Equal(PredictionScore.Exact, PredictionCheck.Score(stance, stance));
    }

    [Theory]
    [InlineData(Fine, TellMe)]
    [InlineData(TellMe, Fine)]
    [InlineData(AskFirst, Hurts)]
    [InlineData(Betrayal, Hurts)]
    public void One_step_off_on_the_scale_is_one_step(Stance predicted, Stance actual)
    {
        Assert.Equal(PredictionScore.OneStep, PredictionCheck.Score(predicted, actual));
    }

    [Theory]
    [InlineData(Fine, AskFirst)]
    [InlineData(Fine, Betrayal)]
    [InlineData(Betrayal, TellMe)]
    [InlineData(Hurts, Fine)]
    public void Two_or_more_steps_off_is_a_blind_spot_whichever_way_the_guess_missed(Stance predicted, Stance actual)
    {
        Assert.Equal(PredictionScore.BlindSpot, PredictionCheck.Score(predicted, actual));
    }

    [Theory]
    [InlineData(Unsure, Fine)]
    [InlineData(Fine, Unsure)]
    [InlineData(NotApplicable, Betrayal)]
    [InlineData(Betrayal, NotApplicable)]
    [InlineData(Unsure, NotApplicable)]
    [InlineData(NotApplicable, Unsure)]
    public void A_guess_with_only_one_side_off_the_scale_is_not_scored(Stance predicted, Stance actual)
    {
        Assert.Equal(PredictionScore.NotScored, PredictionCheck.Score(predicted, actual));
    }

    [Fact]
    public void A_stance_that_is_not_defined_is_not_scored_even_when_both_sides_hold_it()
    {
        Assert.Equal(PredictionScore.NotScored, PredictionCheck.Score((Stance)42, (Stance)42));
        Assert.Equal(PredictionScore.NotScored, PredictionCheck.Score(Fine, (Stance)42));
    }

    [Fact]
    public void A_blind_spot_starts_at_two_steps()
    {
        Assert.Equal(2, PredictionCheck.BlindSpotSteps);
    }
}
