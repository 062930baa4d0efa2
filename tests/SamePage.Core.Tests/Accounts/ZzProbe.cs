using SamePage.Core.Accounts;
using SamePage.Core.Circles;
namespace SamePage.Core.Tests.Accounts;
public class ZzProbe
{
    [Fact]
    public void Probe()
    {
        var r = new[]
        {
            PassphrasePolicy.Check("   abcd    ").ToString(),
            PassphrasePolicy.Check("\U0001F600\U0001F601\U0001F602\U0001F603\U0001F604").ToString(),
            PassphrasePolicy.Check("mossgrove1", " mossgrove ").ToString(),
            Username.Check("аdmin").ToString(),
            Username.Check("zoe\u0308").ToString(),
            CircleRules.CheckDisplayName("Sam\u200B", ["Sam"]).ToString(),
            CircleRules.CheckDisplayName("Sam\u0000", ["Sam"]).ToString(),
            CircleRules.CheckDisplayName("Zoe\u0308", ["Zoë"]).ToString(),
            SecretCode.Normalize("ABCDE-FGHJK-MNPQR-STVWX", 0) ?? "null",
            SecretCode.Normalize("ＡBCDE-FGHJK-MNPQR-STVWX", 4) ?? "null",
        };
        Assert.Fail(string.Join("\n", r.Select((x, i) => $"{i}: {x}")));
    }
}
