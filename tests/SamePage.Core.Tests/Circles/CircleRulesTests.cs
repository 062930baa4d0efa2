using SamePage.Core.Circles;

namespace SamePage.Core.Tests.Circles;

public class CircleRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(9, true)]
    public void A_circle_is_full_at_eight_members(int members, bool full)
    {
        Assert.Equal(full, CircleRules.IsFull(members));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_display_name_is_empty(string? name)
    {
        Assert.Equal(DisplayNameProblem.Empty, CircleRules.CheckDisplayName(name, []));
    }

    [Fact]
    public void A_display_name_of_forty_characters_is_fine()
    {
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckDisplayName(new string('s', 40), []));
    }

    [Fact]
    public void A_display_name_of_forty_one_characters_is_too_long()
    {
        Assert.Equal(DisplayNameProblem.TooLong, CircleRules.CheckDisplayName(new string('s', 41), []));
    }

    [Fact]
    public void Surrounding_spaces_do_not_count_towards_the_length()
    {
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckDisplayName($"  {new string('s', 40)}  ", []));
    }

    [Theory]
    [InlineData("Sam", "Sam")]
    [InlineData("sam", "SAM")]
    [InlineData("  Sam ", "sam")]
    [InlineData("Sam", " Sam  ")]
    public void A_display_name_already_used_in_the_circle_is_taken(string name, string taken)
    {
        Assert.Equal(DisplayNameProblem.Taken, CircleRules.CheckDisplayName(name, ["Robin", taken]));
    }

    [Fact]
    public void A_display_name_that_only_resembles_another_is_free()
    {
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckDisplayName("Sam", ["Samantha", "Sa m"]));
    }
}
