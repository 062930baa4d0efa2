using SamePage.Core.Catalogue;
using SamePage.Core.CheckIns;
using SamePage.Core.Comparisons;
using SamePage.Core.Demo;
using SamePage.Core.Stances;
using SamePage.Core.Styles;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Demo;

/// <summary>The sample partner's words (content/en/demo.yaml) and the rules that read them.</summary>
public class SampleScriptTests
{
    private static readonly Lazy<(BehaviourCatalogue Catalogue, StyleBook Styles, SampleScript Script)> Shipped = new(() =>
    {
        var catalogue = CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "behaviours.yaml");
        var styles = StyleBookParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "styles.yaml")), "styles.yaml", catalogue);
        return (catalogue, styles, SampleScriptParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "demo.yaml")), "demo.yaml", catalogue, styles));
    });

    private const string Minimal = """
        circle-name: Practice
        your-name: Me
        partner-name: Robin (sample)
        answers:
          default: tell-me
        check-in:
          scores: { satisfied: 5, secure: 4, heard: 4, close: 5, trusting: 5 }
          appreciation: Thanks.
          topics: Replies.
        """;

    [Fact]
    public void The_shipped_sample_partner_answers_everything_is_marked_as_a_sample_and_gives_the_comparison_something_to_talk_about()
    {
        var (catalogue, styles, script) = Shipped.Value;
        Assert.Contains("sample", script.PartnerName, StringComparison.OrdinalIgnoreCase);
        var answers = script.AnswersFor(catalogue);
        Assert.Equal(catalogue.Behaviours.Count, answers.Count);
        Assert.Equal(styles.Items.Count, script.Styles.Count);
        Assert.Equal(CheckInItems.All.Order(), script.CheckInScores.Keys.Order());

        // Compared with someone who answers "tell me" to everything: hot spots, talks and shared ground.
        var me = Guid.NewGuid();
        var sample = Guid.NewGuid();
        var comparison = new RoundComparison(catalogue, new Dictionary<Guid, IReadOnlyDictionary<string, Stance>>
        {
            [me] = catalogue.Behaviours.ToDictionary(b => b.Id, _ => Stance.TellMe),
            [sample] = answers,
        });
        var kinds = comparison.Compare(me, sample).Items.Select(i => i.Verdict.Kind).ToHashSet();
        Assert.True(kinds.Count >= 3, $"Only {string.Join(", ", kinds)}");
    }

    [Fact]
    public void The_sample_partner_never_calls_an_ordinary_freedom_a_betrayal()
    {
        var (catalogue, _, script) = Shipped.Value;
        Assert.All(catalogue.Behaviours.Where(b => b.Autonomy), b => Assert.Equal(Stance.Fine, script.AnswerFor(b)));
    }

    [Fact]
    public void A_behaviour_takes_its_own_answer_then_its_category_then_the_default_and_the_circle_own_ones_are_answered_too()
    {
        var (catalogue, styles, _) = Shipped.Value;
        var first = catalogue.Behaviours[0];
        var other = catalogue.Behaviours.First(b => b.CategoryId == first.CategoryId && b.Id != first.Id);
        var elsewhere = catalogue.Behaviours.First(b => b.CategoryId != first.CategoryId);
        var script = SampleScriptParser.Parse(
            Minimal.Replace("  default: tell-me", $"  default: tell-me\n  categories:\n    {first.CategoryId}: hurts\n  behaviours:\n    {first.Id}: fine", StringComparison.Ordinal),
            "demo.yaml", catalogue, styles);
        Assert.Equal(Stance.Fine, script.AnswerFor(first));
        Assert.Equal(Stance.Hurts, script.AnswerFor(other));
        Assert.Equal(Stance.TellMe, script.AnswerFor(elsewhere));
        var custom = new Behaviour("custom-0123456789abcdef0123456789abcdef", elsewhere.CategoryId, "Our own", "", false, Custom: true);
        Assert.Equal(Stance.TellMe, script.AnswersFor(new BehaviourCatalogue(catalogue.Categories, [.. catalogue.Behaviours, custom]))[custom.Id]);
    }

    [Theory]
    [InlineData("  default: tell-me", "  default: maybe", "'maybe' is not a stance")]
    [InlineData("  default: tell-me", "  default: tell-me\n  behaviours:\n    no-such-behaviour: fine", "'no-such-behaviour' is not a behaviour")]
    [InlineData("partner-name: Robin (sample)", "partner-name: Me", "must differ")]
    [InlineData("trusting: 5 }", "trusting: 9 }", "'9' is not a score from 0 to 6")]
    [InlineData(", trusting: 5 }", " }", "no score for 'trusting'")]
    [InlineData("circle-name: Practice", "circle-name: Practice\nstyles:\n  reply-speed: 7", "'7' is not a step from 0 to 4")]
    [InlineData("circle-name: Practice", "circle-name: Practice\nsurprise: yes", "unknown field 'surprise'")]
    public void A_broken_demo_file_is_refused_with_its_line_and_what_is_wrong(string from, string to, string problem)
    {
        var (catalogue, styles, _) = Shipped.Value;
        var error = Assert.Throws<CatalogueException>(() => SampleScriptParser.Parse(Minimal.Replace(from, to, StringComparison.Ordinal), "demo.yaml", catalogue, styles));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("demo.yaml", error.Message, StringComparison.Ordinal);
    }
}
