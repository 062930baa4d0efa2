using SamePage.Core.Accounts;

namespace SamePage.Core.Tests.Accounts;

public class UsernameNormalizationTests
{
    [Fact]
    public void A_decomposed_username_is_normalised_and_accepted()
    {
        Assert.Equal("zo\u00EB", Username.Normalize(" zoe\u0308 "));
        Assert.Equal(UsernameProblem.None, Username.Check("zoe\u0308"));
    }
}
