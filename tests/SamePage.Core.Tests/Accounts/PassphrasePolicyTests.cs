using SamePage.Core.Accounts;

namespace SamePage.Core.Tests.Accounts;

public class PassphrasePolicyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plum kett")]
    [InlineData("plum kettle")] // eleven: long enough before ASVS 2.1.1's twelve
    public void Shorter_than_twelve_characters_is_too_short(string? passphrase)
    {
        Assert.Equal(PassphraseProblem.TooShort, PassphrasePolicy.Check(passphrase));
    }

    [Fact]
    public void Twelve_characters_is_long_enough()
    {
        Assert.Equal(12, PassphrasePolicy.MinimumLength);
        Assert.Equal(PassphraseProblem.None, PassphrasePolicy.Check("plum kettles"));
    }

    [Fact]
    public void Five_hundred_and_twelve_characters_is_allowed()
    {
        Assert.Equal(PassphraseProblem.None, PassphrasePolicy.Check(OfLength(512)));
    }

    [Fact]
    public void Five_hundred_and_thirteen_characters_is_too_long()
    {
        Assert.Equal(PassphraseProblem.TooLong, PassphrasePolicy.Check(OfLength(513)));
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("password1234")]
    [InlineData("PassWord1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("password 1234")]
    [InlineData("  password1234  ")]
    public void A_common_passphrase_is_refused_whatever_its_case_or_spacing(string passphrase)
    {
        Assert.Equal(PassphraseProblem.Common, PassphrasePolicy.Check(passphrase));
    }

    [Theory]
    [InlineData("mossgrove", "mossgrove2024!")]
    [InlineData("mossgrove", "MossGrove2024!")]
    [InlineData("MossGrove", "2024mossgrove")]
    public void The_username_with_a_short_addition_is_refused(string username, string passphrase)
    {
        Assert.Equal(PassphraseProblem.ContainsUsername, PassphrasePolicy.Check(passphrase, username));
    }

    [Fact]
    public void The_username_inside_a_long_passphrase_is_fine()
    {
        Assert.Equal(PassphraseProblem.None, PassphrasePolicy.Check("mossgrove plum kettle harbour", "mossgrove"));
    }

    [Fact]
    public void Without_a_username_the_same_passphrase_is_fine()
    {
        Assert.Equal(PassphraseProblem.None, PassphrasePolicy.Check("mossgrove2024!"));
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abababababab")]
    [InlineData("kqwkqwkqwkqw")]
    public void A_passphrase_of_three_or_fewer_distinct_characters_is_repetitive(string passphrase)
    {
        Assert.Equal(PassphraseProblem.Repetitive, PassphrasePolicy.Check(passphrase));
    }

    [Fact]
    public void A_good_passphrase_passes()
    {
        Assert.Equal(PassphraseProblem.None, PassphrasePolicy.Check("plum kettle harbour sings", "sam"));
    }

    private static string OfLength(int length) =>
        string.Concat(Enumerable.Repeat("plum kettle harbour sings ", 25))[..length];
}
