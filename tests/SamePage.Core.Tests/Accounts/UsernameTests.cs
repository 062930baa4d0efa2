using SamePage.Core.Accounts;

namespace SamePage.Core.Tests.Accounts;

public class UsernameTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_username_is_empty(string? username)
    {
        Assert.Equal(UsernameProblem.Empty, Username.Check(username));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("  ab  ")]
    public void Fewer_than_three_characters_is_too_short(string username)
    {
        Assert.Equal(UsernameProblem.TooShort, Username.Check(username));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(32)]
    public void Three_to_thirty_two_characters_is_fine(int length)
    {
        Assert.Equal(UsernameProblem.None, Username.Check(new string('k', length)));
    }

    [Fact]
    public void Thirty_three_characters_is_too_long()
    {
        Assert.Equal(UsernameProblem.TooLong, Username.Check(new string('k', 33)));
    }

    [Theory]
    [InlineData("sam.river")]
    [InlineData("sam_river-2")]
    [InlineData("zoë")]
    [InlineData("  sam  ")]
    public void Letters_digits_dots_dashes_and_underscores_are_allowed(string username)
    {
        Assert.Equal(UsernameProblem.None, Username.Check(username));
    }

    [Theory]
    [InlineData("sam river")]
    [InlineData("sam@river")]
    [InlineData("sam!")]
    [InlineData("sam/river")]
    [InlineData("sam\nriver")]
    [InlineData("<sam>")]
    public void Other_characters_are_refused(string username)
    {
        Assert.Equal(UsernameProblem.InvalidCharacters, Username.Check(username));
    }
}
