using SamePage.Core.Stances;

namespace SamePage.Core.Tests.Stances;

public class StanceScaleTests
{
    [Fact]
    public void The_scale_offers_every_stance_in_questionnaire_order()
    {
        Assert.Equal(
            [Stance.Fine, Stance.TellMe, Stance.AskFirst, Stance.Hurts, Stance.Betrayal, Stance.Unsure, Stance.NotApplicable],
            StanceScale.All);
        Assert.Equal(Enum.GetValues<Stance>().Order(), StanceScale.All.Order());
    }

    [Theory]
    [InlineData(Stance.Fine, 0)]
    [InlineData(Stance.TellMe, 1)]
    [InlineData(Stance.AskFirst, 2)]
    [InlineData(Stance.Hurts, 3)]
    [InlineData(Stance.Betrayal, 4)]
    [InlineData(Stance.Unsure, null)]
    [InlineData(Stance.NotApplicable, null)]
    public void Each_stance_sits_at_the_ordinal_the_design_gives_it(Stance stance, int? ordinal)
    {
        Assert.Equal(ordinal, stance.Ordinal());
    }

    [Theory]
    [InlineData("Fine", Stance.Fine)]
    [InlineData("Betrayal", Stance.Betrayal)]
    [InlineData("NotApplicable", Stance.NotApplicable)]
    public void A_stance_name_parses(string text, Stance expected)
    {
        Assert.True(StanceScale.TryParse(text, out var stance));
        Assert.Equal(expected, stance);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("3")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("fine")]
    [InlineData("Maybe")]
    public void Anything_but_a_stance_name_is_refused(string? text)
    {
        Assert.False(StanceScale.TryParse(text, out _));
    }

    [Theory]
    [InlineData("+3")]
    [InlineData(" 3")]
    [InlineData("TellMe,AskFirst")]
    [InlineData("Fine, Betrayal")]
    public void Numbers_and_combinations_in_disguise_are_refused(string text)
    {
        Assert.False(StanceScale.TryParse(text, out var stance), $"'{text}' parsed as {stance}");
    }
}
