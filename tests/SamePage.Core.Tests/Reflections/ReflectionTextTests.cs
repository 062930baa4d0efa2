using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Reflections;

namespace SamePage.Core.Tests.Reflections;

public class ReflectionTextTests
{
    private const int Max = ReflectionText.MaxLength;

    [Fact]
    public void The_limit_is_four_thousand_characters()
    {
        Assert.Equal(4000, ReflectionText.MaxLength);
    }

    [Fact]
    public void An_answer_of_exactly_the_limit_is_fine_and_one_more_character_is_too_long()
    {
        Assert.Equal(ReflectionProblem.None, ReflectionText.Check(new string('a', Max)));
        Assert.Equal(ReflectionProblem.TooLong, ReflectionText.Check(new string('a', Max + 1)));
        Assert.Equal(Max + 1, ReflectionText.Length(new string('a', Max + 1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void An_empty_answer_is_fine_and_has_no_length(string? text)
    {
        Assert.Equal(ReflectionProblem.None, ReflectionText.Check(text));
        Assert.Equal(0, ReflectionText.Length(text));
        Assert.Equal(string.Empty, ReflectionText.Normalize(text));
    }

    [Fact]
    public void An_emoji_with_a_skin_tone_counts_as_one_character()
    {
        const string waveMediumSkin = "\U0001F44B\U0001F3FD"; // four UTF-16 units, two scalar values
        Assert.Equal(1, ReflectionText.Length(waveMediumSkin));
        Assert.Equal(ReflectionProblem.None, ReflectionText.Check(string.Concat(Enumerable.Repeat(waveMediumSkin, Max))));
        Assert.Equal(ReflectionProblem.TooLong, ReflectionText.Check(string.Concat(Enumerable.Repeat(waveMediumSkin, Max + 1))));
    }

    [Fact]
    public void A_family_emoji_joined_with_zero_width_joiners_is_kept_whole_and_counts_as_one()
    {
        const string family = "\U0001F469\u200D\U0001F469\u200D\U0001F467"; // woman ZWJ woman ZWJ girl
        Assert.Equal(family, ReflectionText.Normalize(family));
        Assert.Equal(1, ReflectionText.Length(family));
    }

    [Fact]
    public void A_letter_typed_with_a_separate_accent_counts_once_and_is_stored_composed()
    {
        Assert.Equal("Zo\u00EB", ReflectionText.Normalize("Zoe\u0308"));
        Assert.Equal(3, ReflectionText.Length("Zoe\u0308"));
    }

    [Fact]
    public void Every_kind_of_line_break_becomes_one_newline_that_counts_once()
    {
        Assert.Equal("one\ntwo\nthree\nfour", ReflectionText.Normalize("one\r\ntwo\rthree\u2028four"));
        Assert.Equal(7, ReflectionText.Length("one\r\ntwo"));

        // A browser sends every line break of a textarea as CR LF; a page of short lines still fits.
        var lines = string.Join("\r\n", Enumerable.Repeat("a", Max / 2));
        Assert.Equal(Max - 1, ReflectionText.Length(lines));
        Assert.Equal(ReflectionProblem.None, ReflectionText.Check(lines));
    }

    [Fact]
    public void Surrounding_space_is_not_kept_or_counted()
    {
        Assert.Equal("I feel safe when…", ReflectionText.Normalize("\n  I feel safe when…  \n\n"));
        Assert.Equal(ReflectionProblem.None, ReflectionText.Check("  " + new string('a', Max) + "\n\n  "));
    }

    [Fact]
    public void Control_characters_are_dropped_but_tabs_and_right_to_left_marks_are_kept()
    {
        Assert.Equal("ab\tc\u200Fd", ReflectionText.Normalize("a\0b\tc\u0007\u200Fd\u001B"));
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_instead_of_an_error()
    {
        Assert.Equal("a\uFFFDb", ReflectionText.Normalize("a\uD800b"));
    }

    [Fact]
    public void A_few_characters_carrying_thousands_of_combining_marks_are_too_long()
    {
        // "x" has no precomposed accented form, so nothing is composed away.
        var piledUp = "x" + new string('\u0301', ReflectionText.MaxScalarValues);
        Assert.Equal(1, ReflectionText.Length(piledUp));
        Assert.Equal(ReflectionProblem.TooLong, ReflectionText.Check(piledUp));
    }

    [Property(MaxTest = 300)]
    public Property Normalising_twice_changes_nothing() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
            ReflectionText.Normalize(ReflectionText.Normalize(text)) == ReflectionText.Normalize(text));

    [Property(MaxTest = 300)]
    public Property Check_agrees_with_the_length_for_ordinary_text() =>
        Prop.ForAll(Gen.Choose(0, Max + 50).Select(n => new string('x', n)).ToArbitrary(), text =>
            (ReflectionText.Check(text) == ReflectionProblem.TooLong) == (ReflectionText.Length(text) > Max));
}
