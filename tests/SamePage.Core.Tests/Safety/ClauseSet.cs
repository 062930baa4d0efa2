using SamePage.Core.Safety;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Safety;

/// <summary>The shipped English rules and the labelled clause files beside these tests.</summary>
public static class ClauseSet
{
    private static readonly Lazy<ClauseScreener> Shipped = new(() =>
    {
        var path = RepoRoot.PathOf("content", "en", "safety.yaml");
        return new ClauseScreener(ScreeningRulesParser.Parse(File.ReadAllText(path), "content/en/safety.yaml"));
    });

    public static ClauseScreener English => Shipped.Value;

    /// <summary>`clauses-dev.tsv` (a copy of shared/safety, given to us for tests), `clauses-heldout.tsv` or `clauses-tuning.tsv`.</summary>
    public static IReadOnlyList<ClauseLine> Load(string name) =>
        ClauseLines.Parse(File.ReadAllText(RepoRoot.PathOf("tests", "SamePage.Core.Tests", "Safety", name)));

    public static IReadOnlyList<(ClauseLine Line, ScreenResult Result)> Screen(string name) =>
        [.. Load(name).Select(line => (line, English.Screen(line.Text)))];

    public static ScreeningScore Score(string name) =>
        ScreeningScore.Of(Screen(name).Select(x => (x.Line.Label, x.Result)));

    /// <summary>Every control line missed or given another kind, and every healthy line flagged, for failure messages.</summary>
    public static string Mistakes(string name) => string.Join('\n', Screen(name)
        .Where(x => x.Line.Label == ScreeningScore.HealthyLabel
            ? x.Result.Flagged
            : !x.Result.Flagged || ScreeningScore.KindOf(x.Line.Label!) is not { } kind || !x.Result.Kinds.Contains(kind))
        .Select(x => $"  line {x.Line.LineNumber} {x.Line.Label} [{string.Join(',', x.Result.Kinds)}] ({string.Join(',', x.Result.Rules)}): {x.Line.Text}"));
}
