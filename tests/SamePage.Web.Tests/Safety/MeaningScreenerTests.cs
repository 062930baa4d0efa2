using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Safety;
using SamePage.Data;
using SamePage.Meaning;
using SamePage.Web.Content;
using SamePage.Web.Safety;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Safety;

/// <summary>
/// Issue 16: the screener reads by meaning beside its rules, with the shipped English model and
/// examples. One model serves every test in the process (<see cref="MiniLmEmbedder.Shared"/>), and the
/// examples are turned into a model once.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class MeaningScreenerTests(SharedApps apps)
{
    /// <summary>
    /// The floor the cross-validated figures must keep (docs/SAFETY.md, "How well it does"). The goal is
    /// recall 0.95 at false alarms 0.05; the floor sits just under what the shipped examples reach
    /// (0.860 at 0.050), so that a change to the examples or the model that loses ground fails here.
    /// </summary>
    private const double RecallFloor = 0.85;
    private const double FalseAlarmCeiling = 0.08;

    /// <summary>No rule in safety.yaml matches it: only the model can notice it.</summary>
    private const string OnlyTheModelNotices = "Your salary is paid into an account only I can open.";

    private static ContentLibrary Shipped(ISentenceEmbedder? model) => new(new ConfigurationBuilder().Build(), model);

    [Fact]
    public void Cross_validated_over_the_examples_the_combined_screener_keeps_its_recall_and_few_false_alarms()
    {
        var screener = Shipped(MiniLmEmbedder.Shared).LoadScreener();
        Assert.NotNull(screener.Meaning);
        var examples = screener.Meaning.Examples;
        Assert.True(examples.Count(e => e.Controlling) >= 300, "at least 300 controlling examples");
        Assert.True(examples.Count(e => !e.Controlling) >= 300, "at least 300 healthy examples");
        Assert.All(Enum.GetValues<ControlKind>(), kind => Assert.True(examples.Count(e => e.Kind == kind) >= 40, $"{kind}: at least 40 examples"));

        var evaluation = ScreeningEvaluation.CrossValidated(screener.Rules, MiniLmEmbedder.Shared, examples);

        var combined = evaluation.Combined.Score;
        Assert.True(combined.Recall >= RecallFloor, $"cross-validated recall {combined.Recall:F3} < {RecallFloor}\n{evaluation.Table()}");
        Assert.True(combined.FalsePositiveRate <= FalseAlarmCeiling, $"cross-validated false alarms {combined.FalsePositiveRate:F3} > {FalseAlarmCeiling}\n{evaluation.Table()}");
        Assert.True(combined.Recall > evaluation.Rules.Score.Recall, "the model adds recall to the rules");
    }

    [Fact]
    public async Task Safety_eval_prints_rules_model_and_combined_for_the_file_then_cross_validated()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("samepage-eval-").FullName, "clauses.tsv");
        await File.WriteAllTextAsync(file, $"control:economic\t{OnlyTheModelNotices}\nhealthy\tWe keep Sunday mornings for a slow breakfast together.\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await SafetyVerb.RunAsync(["eval", file], Shipped(MiniLmEmbedder.Shared), output, errors);

        Assert.Equal(0, exit);
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, l => l.StartsWith("rules ", StringComparison.Ordinal) && l.Contains("0.000 (0/1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("combined ", StringComparison.Ordinal) && l.Contains("1.000 (1/1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# 5-fold stratified cross-validation", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.StartsWith("model ", StringComparison.Ordinal)));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public void A_phrasing_no_rule_matches_is_noticed_by_meaning_with_its_kind()
    {
        var screener = Shipped(MiniLmEmbedder.Shared).LoadScreener();

        Assert.False(screener.ScreenRules(OnlyTheModelNotices).Flagged);
        var result = screener.Screen(OnlyTheModelNotices);

        Assert.True(result.Flagged);
        Assert.Equal(ControlKind.Economic, result.ByMeaning);
        Assert.Empty(result.Rules);
        Assert.False(screener.Screen("We tell each other before we go out late.").Flagged);
        Assert.False(screener.Screen("you are free to see your friends").Flagged);
    }

    [Fact]
    public void The_same_text_is_read_by_the_model_once()
    {
        var screener = Shipped(MiniLmEmbedder.Shared).LoadScreener();

        screener.Screen("You stop seeing the friends from your running club.");
        screener.Screen("You stop seeing the friends from your running club.");
        screener.Screen("We keep Sunday mornings for a slow breakfast together.");

        Assert.Equal(2, screener.ModelReadings);
    }

    [Fact]
    public void Until_the_model_has_learned_pages_get_the_rules_reading_at_once_and_nothing_is_kept()
    {
        var shipped = Shipped(MiniLmEmbedder.Shared).LoadScreener();
        var examples = shipped.Meaning!.Examples.Where((_, i) => i % 10 == 0).ToList();
        var screener = new ClauseScreener(shipped.Rules, new MeaningScreener(MiniLmEmbedder.Shared, examples));

        Assert.False(screener.Meaning!.IsReady);
        Assert.Equal(screener.ScreenRules(OnlyTheModelNotices), screener.ScreenNow(OnlyTheModelNotices));
        Assert.Equal(0, screener.ModelReadings);

        var full = screener.Screen(OnlyTheModelNotices);
        Assert.True(screener.Meaning.IsReady);
        Assert.Equal(1, screener.ModelReadings);
        Assert.Equal(full, screener.ScreenNow(OnlyTheModelNotices));
        Assert.Equal(1, screener.ModelReadings);
    }

    [Fact]
    public async Task A_page_showing_a_text_not_yet_read_gets_the_rules_at_once_and_the_full_reading_is_kept_for_the_next_view()
    {
        var screener = Shipped(MiniLmEmbedder.Shared).LoadScreener();
        _ = screener.Meaning!.Model;
        const string Text = OnlyTheModelNotices;

        Assert.False(screener.IsKept(Text));
        Assert.False(screener.ScreenKept(Text).Flagged);
        for (var i = 0; i < 400 && !screener.IsKept(Text); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(screener.IsKept(Text));
        var readings = screener.ModelReadings;
        Assert.Equal(screener.Screen(Text), screener.ScreenKept(Text));
        Assert.True(screener.ScreenKept(Text).Flagged);
        Assert.Equal(readings, screener.ModelReadings);
    }

    [Fact]
    public void Without_a_model_the_rules_screen_alone()
    {
        var screener = Shipped(model: null).LoadScreener();

        Assert.Null(screener.Meaning);
        Assert.True(screener.Screen("I can read your messages whenever I want.").Flagged);
        Assert.False(screener.Screen(OnlyTheModelNotices).Flagged);
    }

    [Fact]
    public async Task The_model_is_released_after_a_quiet_period_and_loaded_again_when_needed()
    {
        using var model = new MiniLmEmbedder(TimeSpan.FromMilliseconds(100));
        Assert.False(model.Loaded);

        Assert.Single(model.Embed(["We cook together on Sundays."]));
        Assert.True(model.Loaded);
        for (var i = 0; i < 200 && model.Loaded; i++)
        {
            await Task.Delay(50);
        }

        Assert.False(model.Loaded);
        Assert.Equal(384, model.Embed(["We cook together on Sundays."])[0].Length);
        Assert.Equal(2, model.Loads);
    }

    [Theory, Providers]
    public async Task A_clause_only_the_model_notices_gets_the_note_and_showing_it_again_runs_no_model(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var screener = app.Services.GetRequiredService<ContentLibrary>().Screener;
        _ = screener.Meaning!.Model; // learned, as it is seconds after the first clause form

        await circle[0].AddClauseAsync(circle.Circle, OnlyTheModelNotices);
        var readings = screener.ModelReadings;
        var draft = await circle[0].GetAsync(Paths.Agreement(circle.Circle));
        await circle[1].GetAsync(Paths.Agreement(circle.Circle));

        Assert.NotNull(draft.Find("#control-note"));
        Assert.Equal(readings, screener.ModelReadings);
    }
}
