using SamePage.Core.Accounts;

namespace SamePage.Core.Tests.Accounts;

/// <summary>Length is counted as people see it: surrounding spaces don't count, an emoji is one character.</summary>
public class PassphraseLengthTests
{
    [Fact]
    public void Surrounding_spaces_do_not_make_a_short_passphrase_long_enough()
    {
        Assert.Equal(PassphraseProblem.TooShort, PassphrasePolicy.Check("   plum ok    "));
    }

    [Fact]
    public void Five_emoji_are_five_characters_not_ten_and_too_short()
    {
        Assert.Equal(PassphraseProblem.TooShort, PassphrasePolicy.Check("🙂🌊🔥🍋🎲"));
    }

    [Fact]
    public void Twelve_emoji_are_long_enough()
    {
        Assert.Equal(PassphraseProblem.None, PassphrasePolicy.Check("🙂🌊🔥🍋🎲🚲🌙🎈🍀🐢🌵🎻"));
    }
}
