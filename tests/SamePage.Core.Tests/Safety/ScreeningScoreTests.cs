using SamePage.Core.Safety;

namespace SamePage.Core.Tests.Safety;

public class ScreeningScoreTests
{
    private static ScreenResult Flag(params ControlKind[] kinds) => new(kinds, ["rule"]);

    [Fact]
    public void Recall_false_alarms_and_kinds_are_counted_from_the_labels()
    {
        var score = ScreeningScore.Of(
        [
            ("control:monitoring", Flag(ControlKind.Monitoring)),
            ("control:isolation", Flag(ControlKind.Coercion)),
            ("control:economic", ScreenResult.Clear),
            ("healthy", ScreenResult.Clear),
            ("healthy", Flag(ControlKind.Support)),
            ("unlabelled-or-other", Flag(ControlKind.Support)),
            (null, Flag(ControlKind.Support)),
        ]);

        Assert.Equal(new ScreeningScore(Control: 3, Caught: 2, RightKind: 1, Healthy: 2, FalseAlarms: 1), score);
        Assert.Equal(2.0 / 3, score.Recall, 6);
        Assert.Equal(0.5, score.FalsePositiveRate, 6);
        Assert.Equal(0.5, score.KindAccuracy, 6);
        Assert.Equal("recall 2/3 (0.667), false alarms 1/2 (0.500), right kind 1/2 (0.500)", score.ToString());
    }

    [Theory]
    [InlineData("control:monitoring", ControlKind.Monitoring)]
    [InlineData("control:Appearance", ControlKind.Appearance)]
    [InlineData("control:3", null)]
    [InlineData("control:", null)]
    [InlineData("control:jealousy", null)]
    [InlineData("healthy", null)]
    public void A_label_names_a_kind_by_its_name(string label, ControlKind? kind) =>
        Assert.Equal(kind, ScreeningScore.KindOf(label));

    [Fact]
    public void Clause_lines_take_the_last_field_and_skip_blanks_and_comments()
    {
        var lines = ClauseLines.Parse("# comment\n\nhealthy\tWe talk.\r\nJust text\n  \ncontrol:coercion\tx\tOr else.\n");

        Assert.Equal(
        [
            new ClauseLine(3, "healthy", "We talk."),
            new ClauseLine(4, null, "Just text"),
            new ClauseLine(6, "control:coercion", "Or else."),
        ], lines);
    }
}
