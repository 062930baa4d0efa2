namespace SamePage.Core.Safety;

/// <summary>The screener's rules for one locale, as read from `content/&lt;locale&gt;/safety.yaml`.</summary>
public sealed record ScreeningRules(Negation Negation, IReadOnlyList<WordList> WordLists, IReadOnlyList<ScreeningRule> Rules, Apostrophes Apostrophes = Apostrophes.Join);

/// <summary>
/// Notices text (agreement clauses, behaviours a circle adds) that could be used to control a partner:
/// monitoring, isolation, economic control, cutting off support, coercion, control of appearance.
/// A heuristic over readable rules: it misses things and raises false alarms, so a flag only ever
/// leads to a private, gentle note, never to a block or an accusation.
/// </summary>
public sealed class ClauseScreener(ScreeningRules rules)
{
    public ScreeningRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public ScreenResult Screen(string? text)
    {
        var sentences = ScreeningText.Sentences(text, Rules.Apostrophes).Select(s => new SentenceMatches(s)).ToList();
        var matched = Rules.Rules
            .Where(rule => sentences.Any(sentence => rule.MatchesIn(sentence, Rules.Negation)))
            .ToList();
        if (matched.Count == 0)
        {
            return ScreenResult.Clear;
        }

        return new ScreenResult(
            [.. matched.Select(r => r.Kind).Distinct().Order()],
            [.. matched.Select(r => r.Id)]);
    }
}
