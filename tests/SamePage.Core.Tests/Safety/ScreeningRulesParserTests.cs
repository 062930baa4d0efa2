using SamePage.Core.Catalogue;
using SamePage.Core.Safety;

namespace SamePage.Core.Tests.Safety;

/// <summary>A rules file that cannot be used names the file, the line and the problem. Lines count from the first line of each text.</summary>
public class ScreeningRulesParserTests
{
    private const string File = "content/en/safety.yaml";

    private const string Valid = """
        negation:
          reach: 3
          words: [don't, never]
        words:
          look: [read, go through]
          things: [messag*, phone]
        rules:
          - id: reads-messages
            kind: monitoring
            when: [look, things]
            near: 6
            in-order: true
            negatable: [look]
        """;

    private static void Fails(string yaml, int line, string problem)
    {
        var error = Assert.Throws<CatalogueException>(() => ScreeningRulesParser.Parse(yaml, File));
        Assert.Equal(File, error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{File}, line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    private static string With(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_gives_its_rules_word_lists_and_negation()
    {
        var rules = ScreeningRulesParser.Parse(Valid, File);

        var rule = Assert.Single(rules.Rules);
        Assert.Equal("reads-messages", rule.Id);
        Assert.Equal(ControlKind.Monitoring, rule.Kind);
        Assert.Equal(["look", "things"], rule.When.Select(l => l.Name));
        Assert.Equal(6, rule.Near);
        Assert.True(rule.InOrder);
        Assert.Equal(["look"], rule.Negatable.Select(l => l.Name));
        Assert.Empty(rule.Unless);
        Assert.Equal(3, rules.Negation.Reach);
        Assert.Equal(["go through"], rules.WordLists[0].Phrases.Where(p => p.Words.Count == 2).Select(p => p.Source));
        Assert.Equal(new WordPattern("messag", IsStem: true), rules.WordLists[1].Phrases[0].Words[0]);
    }

    [Fact]
    public void Apostrophes_join_words_unless_the_file_says_split()
    {
        var french = "apostrophes: split\n" + Valid.Replace("[messag*, phone]", "[argent*]", StringComparison.Ordinal);

        Assert.Equal(Apostrophes.Join, ScreeningRulesParser.Parse(Valid, File).Apostrophes);
        Assert.Equal(Apostrophes.Split, ScreeningRulesParser.Parse(french, File).Apostrophes);
        Assert.True(new ClauseScreener(ScreeningRulesParser.Parse(french, File)).Screen("Je read l’argent").Flagged);
        Fails("apostrophes: maybe\n" + Valid, 1, "'apostrophes' must be 'join' (don't is one word) or 'split' (l'argent is two), not 'maybe'");
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line() =>
        Fails(With("  look: [read, go through]", "  look: [read, go through] extra"), 5, "not valid YAML");

    /// <summary>YamlDotNet does not say where; the file's last line and the reason are the best help.</summary>
    [Fact]
    public void An_unclosed_bracket_is_reported_at_the_end_of_the_file() =>
        Fails(With("  look: [read, go through]", "  look: [read, go through"), 13, "the file ends before a '[' or '{' is closed");

    [Fact]
    public void An_unclosed_bracket_in_the_catalogue_is_reported_the_same_way()
    {
        var error = Assert.Throws<CatalogueException>(() => CatalogueParser.Parse("categories: [a, b\nbehaviours:\n  - id: x\n", "behaviours.yaml"));

        Assert.Equal("behaviours.yaml, line 3: this is not valid YAML (the file ends before a '[' or '{' is closed).", error.Message);
    }

    [Fact]
    public void A_word_list_named_twice_is_reported() =>
        Fails(With("  things: [messag*, phone]", "  things: [messag*, phone]\n  look: [see]"), 7, "not valid YAML");

    [Fact]
    public void An_unknown_field_is_reported() =>
        Fails(With("    near: 6", "    near: 6\n    weight: 2"), 12, "unknown field 'weight'");

    [Fact]
    public void An_unknown_kind_is_reported() =>
        Fails(With("kind: monitoring", "kind: jealousy"), 9, "'jealousy' is not a kind of control (expected one of: monitoring, isolation, economic, support, coercion, appearance)");

    [Fact]
    public void A_rule_naming_a_missing_word_list_is_reported() =>
        Fails(With("when: [look, things]", "when: [look, thing]"), 10, "'thing' is not a word list under 'words'");

    [Fact]
    public void A_list_both_in_when_and_unless_is_reported() =>
        Fails(With("negatable: [look]", "negatable: [look]\n    unless: [look]"), 14, "'look' is both under 'when' and 'unless'");

    [Fact]
    public void A_negatable_list_outside_when_is_reported() =>
        Fails(With("  things: [messag*, phone]", "  things: [messag*, phone]\n  other: [x]").Replace("negatable: [look]", "negatable: [other]", StringComparison.Ordinal), 14, "'other' is negatable but not under 'when'");

    [Fact]
    public void A_word_list_no_rule_uses_is_reported() =>
        Fails(With("  things: [messag*, phone]", "  things: [messag*, phone]\n  spare: [other]"), 7, "the word list 'spare' is not used by any rule");

    [Fact]
    public void A_rule_id_used_twice_is_reported() =>
        Fails(Valid + "\n  - id: reads-messages\n    kind: monitoring\n    when: [look]\n", 14, "the rule id 'reads-messages' is used twice");

    [Theory]
    [InlineData("near: 6", "near: 0", 11, "'near' must be a whole number from 1 to 40")]
    [InlineData("near: 6", "near: \"6\"", 11, "without quotes")]
    [InlineData("near: 6", "near: six", 11, "'near' must be a whole number")]
    [InlineData("reach: 3", "reach: 11", 2, "'reach' must be a whole number from 0 to 10")]
    [InlineData("in-order: true", "in-order: yes", 12, "'in-order' must be true or false")]
    public void Numbers_and_flags_must_be_plain_and_in_range(string oldText, string newText, int line, string problem) =>
        Fails(With(oldText, newText), line, problem);

    [Theory]
    [InlineData("[messag*, phone]", "[mes*sage, phone]", "'*' may only end a word")]
    [InlineData("[messag*, phone]", "[me*, phone]", "a stem needs at least 3 letters before '*'")]
    [InlineData("[messag*, phone]", "[\"*\", phone]", "needs at least one word besides '*'")]
    [InlineData("[messag*, phone]", "[\"!!\", phone]", "has a part without letters or digits")]
    [InlineData("[messag*, phone]", "[\"\", phone]", "must be non-empty text")]
    [InlineData("[messag*, phone]", "[\"mes\u200Bsage\", phone]", "invisible control character")]
    public void A_word_that_cannot_be_matched_is_reported_at_its_line(string oldText, string newText, string problem) =>
        Fails(With(oldText, newText), 6, problem);

    [Fact]
    public void A_bad_word_list_name_is_reported() =>
        Fails(With("  things: [messag*, phone]", "  Things: [messag*, phone]"), 6, "'Things' is not a valid word list name");

    [Fact]
    public void Missing_parts_are_reported()
    {
        Fails("words:\n  a: [b]\nrules:\n  - id: x\n    kind: coercion\n    when: [a]\n", 1, "'negation' is missing");
        Fails(With("    when: [look, things]\n", string.Empty), 8, "the list 'when' is missing");
        Fails(With("when: [look, things]", "when: []"), 10, "'when' must be a list with at least one entry");
        Fails(With("  reach: 3\n", string.Empty), 2, "the field 'reach' is missing");
    }

    [Fact]
    public void Too_many_lists_in_one_rule_are_reported() =>
        Fails(
            With("  things: [messag*, phone]", "  things: [messag*, phone]\n  a: [a]\n  b: [b]\n  c: [c]\n  d: [d]\n  e: [e]")
                .Replace("when: [look, things]", "when: [look, things, a, b, c, d, e]", StringComparison.Ordinal),
            15,
            "combines 7 word lists; keep it to 6");
}
