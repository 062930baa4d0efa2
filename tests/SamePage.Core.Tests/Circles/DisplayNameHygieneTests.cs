using SamePage.Core.Circles;

namespace SamePage.Core.Tests.Circles;

public class DisplayNameHygieneTests
{
    [Theory]
    [InlineData("Sam\u200B")]
    [InlineData("Sam\u0000")]
    [InlineData("\u202ESam")]
    public void Invisible_or_control_characters_are_refused(string name)
    {
        Assert.Equal(DisplayNameProblem.InvalidCharacters, CircleRules.CheckDisplayName(name, []));
    }

    [Fact]
    public void A_decomposed_name_is_the_same_as_its_composed_twin()
    {
        Assert.Equal(DisplayNameProblem.Taken, CircleRules.CheckDisplayName("Zoe\u0308", ["Zo\u00EB"]));
    }

    [Fact]
    public void Names_are_normalised_to_composed_form()
    {
        Assert.Equal("Zo\u00EB", CircleRules.NormalizeName("  Zoe\u0308 "));
    }

    [Theory]
    [InlineData("Us\u200B", DisplayNameProblem.InvalidCharacters)]
    [InlineData("   ", DisplayNameProblem.Empty)]
    [InlineData("Sunday people", DisplayNameProblem.None)]
    public void Circle_names_get_the_same_care(string name, DisplayNameProblem expected)
    {
        Assert.Equal(expected, CircleRules.CheckCircleName(name));
    }

    [Fact]
    public void A_circle_name_over_sixty_characters_is_too_long()
    {
        Assert.Equal(DisplayNameProblem.TooLong, CircleRules.CheckCircleName(new string('u', 61)));
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckCircleName(new string('u', 60)));
    }
}
