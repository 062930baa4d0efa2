using SamePage.Core.Catalogue;
using SamePage.Core.Safety;
using SamePage.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SamePage.Core.Tests.Safety;

/// <summary>
/// Issue 5, "Clause screening": the shipped English rules (content/en/safety.yaml) on labelled clauses.
/// Targets on the development set: recall on control lines ≥ 0.95, false alarms on healthy lines ≤ 0.05.
/// The figures are reported in docs/SAFETY.md.
/// </summary>
public class EnglishScreeningTests(ITestOutputHelper output)
{
    private const double TargetRecall = 0.95;
    private const double TargetFalsePositiveRate = 0.05;

    [Theory]
    [InlineData("clauses-dev.tsv", 35, 35)]
    [InlineData("clauses-heldout.tsv", 44, 40)]
    [InlineData("clauses-heldout-2.tsv", 28, 28)]
    [InlineData("clauses-tuning.tsv", 105, 119)]
    public void The_clause_files_are_whole_and_labelled(string file, int control, int healthy)
    {
        var lines = ClauseSet.Load(file);

        Assert.All(lines, l => Assert.True(l.Label == ScreeningScore.HealthyLabel || ScreeningScore.KindOf(l.Label!) is not null, $"line {l.LineNumber}: '{l.Label}'"));
        Assert.Equal(control, lines.Count(l => l.Label != ScreeningScore.HealthyLabel));
        Assert.Equal(healthy, lines.Count(l => l.Label == ScreeningScore.HealthyLabel));
        Assert.All(Enum.GetValues<ControlKind>(), kind => Assert.Contains(lines, l => ScreeningScore.KindOf(l.Label ?? "") == kind));
    }

    [Fact]
    public void The_development_set_meets_the_targets_with_the_right_kinds()
    {
        var score = ClauseSet.Score("clauses-dev.tsv");
        output.WriteLine($"dev: {score}");

        Assert.True(score.Recall >= TargetRecall, $"dev {score}\n{ClauseSet.Mistakes("clauses-dev.tsv")}");
        Assert.True(score.FalsePositiveRate <= TargetFalsePositiveRate, $"dev {score}\n{ClauseSet.Mistakes("clauses-dev.tsv")}");
        Assert.True(score.RightKind == score.Caught, $"every caught control line has its labelled kind; dev {score}\n{ClauseSet.Mistakes("clauses-dev.tsv")}");
    }

    /// <summary>
    /// Written before the rules and kept out of tuning, by the same author, who had its sentences in mind:
    /// an optimistic estimate (see clauses-heldout-2.tsv). A floor below the targets.
    /// </summary>
    [Fact]
    public void The_held_out_set_stays_above_a_floor()
    {
        var score = ClauseSet.Score("clauses-heldout.tsv");
        output.WriteLine($"held-out: {score}");

        Assert.True(score.Recall >= 0.90, $"held-out {score}\n{ClauseSet.Mistakes("clauses-heldout.tsv")}");
        Assert.True(score.FalsePositiveRate <= 0.10, $"held-out {score}\n{ClauseSet.Mistakes("clauses-heldout.tsv")}");
        Assert.True(score.KindAccuracy >= 0.90, $"held-out {score}\n{ClauseSet.Mistakes("clauses-heldout.tsv")}");
    }

    /// <summary>
    /// Written after the rules, measured once, never tuned on: the honest estimate for phrasings nobody
    /// wrote a rule for. Its recall is far below the targets (docs/SAFETY.md); the floor only guards
    /// against a change to the rules making it worse.
    /// </summary>
    [Fact]
    public void The_second_held_out_set_does_not_get_worse()
    {
        var score = ClauseSet.Score("clauses-heldout-2.tsv");
        output.WriteLine($"held-out 2: {score}");

        Assert.True(score.Recall >= 0.39, $"held-out 2 {score}\n{ClauseSet.Mistakes("clauses-heldout-2.tsv")}");
        Assert.True(score.FalsePositiveRate <= 0.05, $"held-out 2 {score}\n{ClauseSet.Mistakes("clauses-heldout-2.tsv")}");
    }

    /// <summary>Our own varied phrasings, tuned on: they guard against a change to the rules undoing what they cover.</summary>
    [Fact]
    public void The_tuning_set_meets_the_targets()
    {
        var score = ClauseSet.Score("clauses-tuning.tsv");
        output.WriteLine($"tuning: {score}");

        Assert.True(score.Recall >= TargetRecall, $"tuning {score}\n{ClauseSet.Mistakes("clauses-tuning.tsv")}");
        Assert.True(score.FalsePositiveRate <= TargetFalsePositiveRate, $"tuning {score}\n{ClauseSet.Mistakes("clauses-tuning.tsv")}");
        Assert.True(score.KindAccuracy >= TargetRecall, $"tuning {score}\n{ClauseSet.Mistakes("clauses-tuning.tsv")}");
    }

    /// <summary>The lines the design and the issue give as healthy: boundaries are not control.</summary>
    [Theory]
    [InlineData("We each keep our own passwords private.")]
    [InlineData("You're free to see your friends whenever you like.")]
    [InlineData("Either of us can see a therapist on our own.")]
    [InlineData("we share our calendars because we both like to")]
    [InlineData("we tell each other if we'll be late")]
    [InlineData("we're both free to have our own hobbies and friends")]
    [InlineData("we'll see a couples counsellor together")]
    [InlineData("we each manage our own money and split bills")]
    [InlineData("We don’t go through each other’s phones.")]
    [InlineData("I won't tell you what to wear.")]
    public void Healthy_lines_are_left_alone(string text)
    {
        var result = ClauseSet.English.Screen(text);

        Assert.False(result.Flagged, $"{string.Join(',', result.Kinds)} ({string.Join(',', result.Rules)})");
    }

    [Theory]
    [InlineData("you have to send me a photo of where you are", ControlKind.Monitoring)]
    [InlineData("You give me the passcode to your phone", ControlKind.Monitoring)]
    [InlineData("Reads a partner's messages", ControlKind.Monitoring)]
    [InlineData("I decide who you hang out with", ControlKind.Isolation)]
    [InlineData("you can't go to your mum's without asking me", ControlKind.Isolation)]
    [InlineData("you cant go to your mums without asking me", ControlKind.Isolation)]
    [InlineData("hand over your paycheck", ControlKind.Economic)]
    [InlineData("You stop seeing your therapist.", ControlKind.Support)]
    [InlineData("delete your ex's number or we're done", ControlKind.Coercion)]
    [InlineData("If you don't answer, I'll leave you.", ControlKind.Coercion)]
    [InlineData("You don’t wear makeup when I’m not around.", ControlKind.Appearance)]
    public void Control_is_noticed_with_its_kind(string text, ControlKind kind)
    {
        var result = ClauseSet.English.Screen(text);

        Assert.True(result.Flagged, text);
        Assert.Contains(kind, result.Kinds);
    }

    [Fact]
    public void Only_the_controlling_sentence_of_a_longer_clause_is_needed()
    {
        var text = "We love our weekends together and we plan them as a team. Still, I read your messages when I like.";

        Assert.Equal([ControlKind.Monitoring], ClauseSet.English.Screen(text).Kinds);
    }

    /// <summary>The catalogue's own labels, clarifications and descriptions are neutral wording: none of them is flagged.</summary>
    [Fact]
    public void The_shipped_catalogue_text_is_not_flagged()
    {
        var catalogue = CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "behaviours.yaml");
        var texts = catalogue.Behaviours.SelectMany(b => new[] { b.Label, b.Clarification })
            .Concat(catalogue.Categories.Select(c => c.Description))
            .Where(t => t.Length > 0)
            .ToList();

        var flagged = texts.Where(t => ClauseSet.English.Screen(t).Flagged).ToList();

        Assert.True(texts.Count > 100);
        Assert.True(flagged.Count == 0, string.Join('\n', flagged));
    }

    [Fact]
    public void Every_kind_has_rules()
    {
        var rules = ClauseSet.English.Rules.Rules;

        Assert.All(Enum.GetValues<ControlKind>(), kind => Assert.Contains(rules, r => r.Kind == kind));
    }
}
