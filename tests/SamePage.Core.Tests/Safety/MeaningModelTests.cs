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

    [Fact]
    public void A_long_run_without_full_stops_is_read_in_overlapping_windows_that_cover_every_word()
    {
        var words = Enumerable.Range(0, 100).Select(i => $"w{i}").ToArray();

        var windows = MeaningScreener.Sentences(string.Join(' ', words));

        Assert.True(windows.Count > 1);
        Assert.All(windows, w => Assert.True(w.Split(' ').Length <= MeaningScreener.WindowWords));
        Assert.Equal(words, windows.SelectMany(w => w.Split(' ')).Distinct());
        Assert.Equal(["A short one here."], MeaningScreener.Sentences("A short one here."));
    }

    [Fact]
    public void Words_are_features_texting_spellings_read_as_the_words_and_slots_do_not_change_between_runs()
    {
        var texted = WordGrams.Of("u dont need my ok", 2);
        var written = WordGrams.Of("You don't need my OK.", 2);

        Assert.Equal(written.Slots, texted.Slots);
        Assert.Equal(2, written.Value * Math.Sqrt(written.Slots.Count), 3);
        Assert.NotEqual(written.Slots, WordGrams.Of("You need my OK.", 2).Slots);
        Assert.Equal(WordGrams.None, WordGrams.Of("  ", 2));
        Assert.All(written.Slots, slot => Assert.InRange(slot, 0, WordGrams.Buckets - 1));
    }

    [Fact]
    public void With_the_words_the_layer_tells_apart_sentences_whose_vectors_are_the_same()
    {
        // A sentence model that cannot hear "not": every sentence gets the same vector.
        float[] same = [1f, 0f, 0f, 0f];
        string[] texts = ["you may see your friends", "you may go out", "you may not see your friends", "you may not go out"];
        var model = new MeaningModel([same, same, same, same], [null, null, ControlKind.Isolation, ControlKind.Isolation], texts: texts);
        var blind = new MeaningModel([same, same, same, same], [null, null, ControlKind.Isolation, ControlKind.Isolation]);

        Assert.True(model.UsesWords);
        Assert.True(model.Flags(model.Read(same, "you may not visit your friends")));
        Assert.False(model.Flags(model.Read(same, "you may visit your friends")));
        Assert.Equal(blind.Read(same).Score, blind.Read(same, "you may not visit your friends").Score);
    }

    [Fact]
    public void A_sentence_already_read_is_not_encoded_again_so_an_edited_clause_costs_its_new_sentence()
    {
        var embedder = new CountingEmbedder();
        var meaning = new MeaningScreener(embedder, [new(null, "We cook on Sundays."), new(ControlKind.Monitoring, "I read your messages.")]);
        _ = meaning.Model;

        meaning.Read("We walk the dog. We cook on Sundays.");
        meaning.Read("We walk the dog. We cook on Sundays. You show me your phone.");

        Assert.Equal(3, meaning.SentencesEncoded);
    }

    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences) =>
            [.. sentences.Select(s => new float[] { s.Length % 2, 1 - (s.Length % 2) })];
    }
}
