using SamePage.Core.CheckIns;
using static SamePage.Core.Tests.CheckIns.CheckInBuilders;

namespace SamePage.Core.Tests.CheckIns;

public class CheckInEditTests
{
    private static readonly HashSet<Guid> Asked = [ClauseOne, ClauseTwo];

    private static CheckInEdit Read(
        Dictionary<string, string?>? scores = null, Dictionary<string, string?>? clauses = null, string? appreciation = null, string? topics = null) =>
        CheckInEdit.Read(scores ?? [], clauses ?? [], appreciation, topics, Asked);

    [Fact]
    public void Five_items_with_stable_ids_each_on_a_scale_from_zero_to_six()
    {
        Assert.Equal(["satisfied", "secure", "heard", "close", "trusting"], CheckInItems.All);
        Assert.Equal(["secure", "trusting"], CheckInItems.Safety);
        Assert.True(CheckInItems.IsScore(0));
        Assert.True(CheckInItems.IsScore(6));
        Assert.False(CheckInItems.IsScore(-1));
        Assert.False(CheckInItems.IsScore(7));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("6", 6)]
    [InlineData(" 3 ", 3)]
    public void Scores_are_read_as_plain_whole_numbers(string posted, int expected)
    {
        var edit = Read(new() { ["heard"] = posted });

        Assert.True(edit.IsValid);
        Assert.Equal(expected, edit.Scores["heard"]);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("3.5")]
    [InlineData("+3")]
    [InlineData("٣")]
    [InlineData("four")]
    [InlineData("0x3")]
    public void A_score_outside_the_scale_is_a_problem_named_by_its_item(string posted)
    {
        var edit = Read(new() { ["secure"] = posted, ["close"] = "4" });

        Assert.False(edit.IsValid);
        Assert.Equal([new CheckInProblem(CheckInProblemKind.ScoreOutOfRange, "secure")], edit.Problems);
        Assert.Equal(4, edit.Scores["close"]);
        Assert.Throws<InvalidOperationException>(() => edit.ApplyTo(CheckInAnswers.Empty));
    }

    [Fact]
    public void An_empty_choice_is_no_choice_and_an_unknown_item_is_a_problem()
    {
        var edit = Read(new() { ["secure"] = "", ["joy"] = "5" });

        Assert.Empty(edit.Scores);
        Assert.Equal([new CheckInProblem(CheckInProblemKind.UnknownItem, "joy")], edit.Problems);
    }

    [Fact]
    public void Feelings_are_read_only_for_clauses_of_the_active_agreement_and_only_by_name()
    {
        var stranger = Guid.NewGuid().ToString();
        var edit = Read(clauses: new()
        {
            [ClauseOne.ToString()] = "HardToKeep",
            [ClauseTwo.ToString()] = "1",
            [stranger] = "StillFits",
            ["not-a-guid"] = "StillFits",
        });

        Assert.Equal(ClauseFeeling.HardToKeep, edit.Clauses[ClauseOne]);
        CheckInProblem[] expected =
        [
            new(CheckInProblemKind.UnknownClause, "not-a-guid"),
            new(CheckInProblemKind.UnknownFeeling, ClauseTwo.ToString()),
            new(CheckInProblemKind.UnknownClause, stranger),
        ];
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), edit.Problems.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Texts_up_to_two_thousand_characters_are_fine_and_longer_ones_are_problems()
    {
        var fine = Read(appreciation: new string('a', CheckInText.MaxLength), topics: new string('b', CheckInText.MaxLength));
        var long1 = Read(appreciation: new string('a', CheckInText.MaxLength + 1));
        var long2 = Read(topics: string.Concat(Enumerable.Repeat("\U0001F44B\U0001F3FD", CheckInText.MaxLength + 1)));
        // One character carrying thousands of combining marks (NFC folds the first into the letter).
        var marks = Read(topics: "a" + new string('\u0301', CheckInText.MaxScalarValues + 1));

        Assert.True(fine.IsValid);
        Assert.Equal([new CheckInProblem(CheckInProblemKind.AppreciationTooLong)], long1.Problems);
        Assert.Equal([new CheckInProblem(CheckInProblemKind.TopicsTooLong)], long2.Problems);
        Assert.Equal([new CheckInProblem(CheckInProblemKind.TopicsTooLong)], marks.Problems);
        Assert.Equal(CheckInText.MaxLength + 1, CheckInText.Length(string.Concat(Enumerable.Repeat("\U0001F44B\U0001F3FD", CheckInText.MaxLength + 1))));
    }

    [Fact]
    public void Saving_keeps_earlier_choices_not_on_the_form_and_replaces_the_texts()
    {
        var saved = Scores(2).With(ClauseOne, ClauseFeeling.StillFits) with { Appreciation = "Old", Topics = "Old topic" };
        var edit = Read(new() { ["heard"] = "6" }, new() { [ClauseTwo.ToString()] = "WantToRevisit" }, "  New thanks \r\n", "");

        var after = edit.ApplyTo(saved);

        Assert.Equal(6, after.Score("heard"));
        Assert.Equal(2, after.Score("secure"));
        Assert.Equal(ClauseFeeling.StillFits, after.Feeling(ClauseOne));
        Assert.Equal(ClauseFeeling.WantToRevisit, after.Feeling(ClauseTwo));
        Assert.Equal("New thanks", after.Appreciation);
        Assert.Equal(string.Empty, after.Topics);
        Assert.True(after.HasAllScores);
        Assert.False(CheckInAnswers.Empty.HasAllScores);
    }

    [Fact]
    public void Topics_are_one_per_line_without_list_markers_or_blank_lines()
    {
        Assert.Equal(["Money", "Visiting my parents", "Sleep"], CheckInText.Topics("• Money\r\n\r\n  - Visiting my parents  \n* Sleep\n"));
        Assert.Empty(CheckInText.Topics("  \n\n"));
    }
}
