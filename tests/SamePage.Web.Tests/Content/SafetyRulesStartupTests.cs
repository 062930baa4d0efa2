using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Content;

/// <summary>The screener's rules are checked at start-up like every content file: a broken one stops the app with its file, line and problem.</summary>
public sealed class SafetyRulesStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-safety-").FullName;

    private string ContentDirectory => Path.Combine(_folder, "content");

    [Fact]
    public async Task A_broken_safety_rules_file_stops_the_app_naming_the_file_the_line_and_the_problem()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "content", "en");
        var own = Path.Combine(ContentDirectory, "en");
        Directory.CreateDirectory(own);
        File.Copy(Path.Combine(shipped, "behaviours.yaml"), Path.Combine(own, "behaviours.yaml"));
        File.Copy(Path.Combine(shipped, "guides.yaml"), Path.Combine(own, "guides.yaml"));
        var rules = Path.Combine(own, "safety.yaml");
        await File.WriteAllTextAsync(rules, "negation:\n  reach: 3\n  words: [no]\nwords:\n  a: [read]\n  unused: [x]\nrules:\n  - id: reads\n    kind: monitoring\n    when: [a]\n");

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["SamePage:ContentDirectory"] = ContentDirectory,
            ["SamePage:DataDirectory"] = Path.Combine(_folder, "data"),
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"SamePage cannot start: {rules}, line 6: the word list 'unused' is not used by any rule", outcome.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
