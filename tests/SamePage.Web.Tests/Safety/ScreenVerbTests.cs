using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Safety;

/// <summary>
/// Issue 5, "Clause screening": `safety screen FILE`, an admin verb of the executable, run as an operator
/// runs it. It needs no database and starts no server; a bad rules file names its file and line.
/// </summary>
public sealed class ScreenVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-screen-").FullName;

    private string DataDirectory => Path.Combine(_folder, "data");

    private string ContentDirectory => Path.Combine(_folder, "content");

    private string Clauses => Path.Combine(_folder, "clauses.tsv");

    [Fact]
    public async Task Each_clause_gets_one_line_saying_flag_or_ok_its_kinds_and_its_text()
    {
        await File.WriteAllTextAsync(Clauses, string.Join('\n',
            "# a comment, then a blank line",
            "",
            "control:monitoring\tI can read your messages whenever I want.",
            "healthy\tWe each keep our own passwords private.",
            "You hand over your paycheck, or else.",
            "some\textra\tfields\tYou’re free to see your friends whenever you like.",
            "   "));

        var outcome = await ScreenAsync(Clauses);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
        [
            "flag\tmonitoring\tI can read your messages whenever I want.",
            "ok\t\tWe each keep our own passwords private.",
            "flag\teconomic,coercion\tYou hand over your paycheck, or else.",
            "ok\t\tYou’re free to see your friends whenever you like.",
        ], Lines(outcome.Output));
        Assert.Contains("clauses.tsv: recall 1/1 (1.000), false alarms 0/1 (0.000)", outcome.Errors);
    }

    [Fact]
    public async Task It_needs_no_database_and_starts_no_server()
    {
        await File.WriteAllTextAsync(Clauses, "We talk things through.\n");

        var outcome = await ScreenAsync(Clauses);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["ok\t\tWe talk things through."], Lines(outcome.Output));
        Assert.False(Directory.Exists(DataDirectory), "the data directory (database, keys) was created");
        Assert.DoesNotContain("Now listening", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_file_it_says_what_it_needs_and_exits_with_2()
    {
        var outcome = await AppProcess.RunAsync(["safety", "screen"], Settings());

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Which file?", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("safety screen FILE", outcome.Errors, StringComparison.Ordinal);
        Assert.Empty(outcome.Output.Trim());
    }

    [Fact]
    public async Task An_unreadable_file_is_named_and_exits_with_2()
    {
        var missing = Path.Combine(_folder, "no-such-file.tsv");

        var outcome = await ScreenAsync(missing);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"Cannot read '{missing}'", outcome.Errors, StringComparison.Ordinal);
        Assert.Empty(outcome.Output.Trim());
    }

    [Fact]
    public async Task A_broken_rules_file_is_named_with_its_line_and_problem()
    {
        var rules = Path.Combine(ContentDirectory, "en", "safety.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        await File.WriteAllTextAsync(rules, "negation:\n  reach: 3\n  words: [no]\nwords:\n  a: [read]\nrules:\n  - id: reads\n    kind: snooping\n    when: [a]\n");
        await File.WriteAllTextAsync(Clauses, "I read your messages.\n");

        var outcome = await ScreenAsync(Clauses);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"SamePage cannot screen: {rules}, line 8: 'snooping' is not a kind of control", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_folder_without_safety_rules_uses_the_ones_SamePage_ships()
    {
        Directory.CreateDirectory(Path.Combine(ContentDirectory, "en"));
        await File.WriteAllTextAsync(Clauses, "I can read your messages whenever I want.\n");

        var outcome = await ScreenAsync(Clauses);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["flag\tmonitoring\tI can read your messages whenever I want."], Lines(outcome.Output));
    }

    // Screening by meaning loads the model and learns the shipped examples first: minutes on a busy machine.
    private Task<AppProcess.Outcome> ScreenAsync(string file) => AppProcess.RunAsync(["safety", "screen", file], Settings(), TimeSpan.FromMinutes(10));

    private Dictionary<string, string> Settings() => new()
    {
        ["SamePage:ContentDirectory"] = Directory.Exists(ContentDirectory) ? ContentDirectory : Path.Combine(AppContext.BaseDirectory, "content"),
        ["SamePage:DataDirectory"] = DataDirectory,
    };

    private static string[] Lines(string output) =>
        [.. output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
