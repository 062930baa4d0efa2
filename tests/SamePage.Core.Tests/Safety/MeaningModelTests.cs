using SamePage.Core.Catalogue;
using SamePage.Core.Safety;

namespace SamePage.Core.Tests.Safety;

/// <summary>Issue 16: the examples file, the folds of the cross-validation, and the logistic layer, without any real model.</summary>
public class MeaningModelTests
{
    [Fact]
    public void Examples_are_read_with_their_kinds_and_a_bad_label_names_its_line()
    {
        var examples = SafetyExamples.Parse("# comment\n\ncontrol:economic\tYour wages go to me.\nhealthy\tWe keep our own accounts.\n", "x.tsv");

        Assert.Equal([new SafetyExample(ControlKind.Economic, "Your wages go to me."), new SafetyExample(null, "We keep our own accounts.")], examples);
        Assert.Equal("control:economic", examples[0].Label);
        var bad = Assert.Throws<CatalogueException>(() => SafetyExamples.Parse("healthy\tfine\ncontrol:jealousy\tnot a kind\n", "x.tsv"));
        Assert.Contains("x.tsv", bad.Message, StringComparison.Ordinal);
        Assert.Contains("2", bad.Message, StringComparison.Ordinal);
        Assert.Throws<CatalogueException>(() => SafetyExamples.Parse("no label here\n", "x.tsv"));
    }

    [Fact]
    public void Folds_are_stratified_by_label_and_fixed()
    {
        SafetyExample[] examples =
        [
            new(ControlKind.Monitoring, "a"), new(null, "b"), new(ControlKind.Monitoring, "c"),
            new(null, "d"), new(ControlKind.Economic, "e"), new(ControlKind.Monitoring, "f"),
        ];

        Assert.Equal([0, 0, 1, 1, 0, 2], ScreeningEvaluation.Folds(examples, 5));
    }

    [Fact]
    public void The_layer_learns_kinds_and_can_overrule_a_rule_it_is_sure_is_healthy()
    {
        // Four directions stand for four meanings: healthy, and three kinds.
        float[] Unit(int axis) => [.. Enumerable.Range(0, 4).Select(i => i == axis ? 1f : 0f)];
        var model = new MeaningModel(
            [Unit(0), Unit(0), Unit(1), Unit(1), Unit(2), Unit(3)],
            [null, null, ControlKind.Monitoring, ControlKind.Monitoring, ControlKind.Economic, ControlKind.Coercion]);

        var watching = model.Read(Unit(1));
        var kind = model.Read(Unit(0));
        Assert.Equal(ControlKind.Monitoring, watching.Kind);
        Assert.True(model.Flags(watching));
        Assert.False(model.Flags(kind));
        var byRules = new ScreenResult([ControlKind.Isolation], ["some-rule"]);
        Assert.False(model.Combine(byRules, kind).Flagged);
        Assert.Equal([ControlKind.Monitoring, ControlKind.Isolation], model.Combine(byRules, watching).Kinds);
        Assert.Equal(ControlKind.Economic, model.ReadAll([Unit(0), Unit(2)]).Kind);
    }

    [Fact]
    public void The_model_reads_sentences_as_written()
    {
        Assert.Equal(
            ["We cook on Sundays.", "You hand me your phone!", "ok fine"],
            MeaningScreener.Sentences("We cook on Sundays. You hand me your phone!\nok fine\n.  ; hi"));
    }
}
