using SamePage.Core.Safety;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Safety;

/// <summary>The example in docs/CONTENT.md ("Safety rules") is a valid rules file that does what the text says.</summary>
public class SafetyRulesDocumentationTests
{
    private static string Example()
    {
        var doc = File.ReadAllText(RepoRoot.PathOf("docs", "CONTENT.md")).ReplaceLineEndings("\n");
        var section = doc[doc.IndexOf("## Safety rules", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_documented_example_parses_and_screens_as_described()
    {
        var screener = new ClauseScreener(ScreeningRulesParser.Parse(Example(), "docs/CONTENT.md"));

        Assert.Equal(["looks-into-private-things"], screener.Screen("I go through your phone.").Rules);
        Assert.Equal(["answers-on-demand"], screener.Screen("Text me every 10 minutes.").Rules);
        Assert.False(screener.Screen("We never read each other's messages.").Flagged);
        Assert.False(screener.Screen("You're free to go through your phone.").Flagged); // unless: without "free to" it is flagged
        Assert.True(screener.Screen("You go through your phone.").Flagged);
        Assert.Equal(Apostrophes.Join, screener.Rules.Apostrophes);
    }
}
