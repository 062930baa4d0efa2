namespace SamePage.Core.Safety;

/// <summary>
/// The words that cancel a word right after them ("don't read", "never go through"), for the lists a
/// rule calls negatable. Reach is how many words may stand between ("don't ask to read": 2); a pause
/// (comma, dash) in between stops it.
/// </summary>
public sealed record Negation(WordList Words, int Reach)
{
    public bool Negates(SentenceMatches sentence, WordSpan match) =>
        sentence.Of(Words).Any(n => n.End <= match.Start && match.Start - n.End <= Reach && !sentence.Sentence.PauseBetween(n.End - 1, match.Start));
}

/// <summary>One sentence and where each word list is found in it, worked out once for all the rules.</summary>
public sealed class SentenceMatches(ScreeningSentence sentence)
{
    private readonly Dictionary<WordList, IReadOnlyList<WordSpan>> _found = [];

    public ScreeningSentence Sentence { get; } = sentence ?? throw new ArgumentNullException(nameof(sentence));

    public IReadOnlyList<WordSpan> Of(WordList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (!_found.TryGetValue(list, out var spans))
        {
            spans = list.FindIn(Sentence.Words);
            _found[list] = spans;
        }

        return spans;
    }
}

/// <summary>
/// One rule of the screener: every one of its word lists is found in one sentence (in the given order
/// when <see cref="InOrder"/>, and within <see cref="Near"/> words when set), no word of a negatable
/// list counts right after a negation, and none of its 'unless' lists is in the sentence (outside
/// the phrases it found).
/// </summary>
public sealed record ScreeningRule(
    string Id,
    ControlKind Kind,
    IReadOnlyList<WordList> When,
    int? Near,
    bool InOrder,
    IReadOnlyList<WordList> Negatable,
    IReadOnlyList<WordList> Unless)
{
    public bool MatchesIn(ScreeningSentence sentence, Negation negation) => MatchesIn(new SentenceMatches(sentence), negation);

    public bool MatchesIn(SentenceMatches sentence, Negation negation)
    {
        ArgumentNullException.ThrowIfNull(negation);
        ArgumentNullException.ThrowIfNull(sentence);
        var spans = new List<IReadOnlyList<WordSpan>>(When.Count);
        foreach (var list in When)
        {
            var found = sentence.Of(list);
            if (Negatable.Contains(list))
            {
                found = [.. found.Where(span => !negation.Negates(sentence, span))];
            }

            if (found.Count == 0)
            {
                return false;
            }

            spans.Add(found);
        }

        var fits = Near is not { } near
            ? Fits(spans, 0, sentence.Sentence.Words.Count)
            : spans.SelectMany(s => s).Any(first => Fits(spans, first.Start, first.Start + near));
        return fits && !Excused(sentence, spans);
    }

    /// <summary>
    /// True when an 'unless' list is in the sentence. A longer phrase wins: an 'unless' phrase that lies
    /// inside a phrase the rule found does not count ("I won't let you" is a ban, though "I won't" alone
    /// is restraint).
    /// </summary>
    private bool Excused(SentenceMatches sentence, List<IReadOnlyList<WordSpan>> spans)
    {
        var claimed = spans.SelectMany(s => s).ToList();
        return Unless
            .SelectMany(sentence.Of)
            .Any(u => !claimed.Any(c => c.Start <= u.Start && u.End <= c.End && c != u));
    }

    /// <summary>Whether every list has a match inside [from, to), in order when the rule asks for it.</summary>
    private bool Fits(List<IReadOnlyList<WordSpan>> spans, int from, int to)
    {
        if (!InOrder)
        {
            return spans.All(list => list.Any(s => s.Start >= from && s.End <= to));
        }

        var position = from;
        foreach (var list in spans)
        {
            var after = list.Where(s => s.Start >= position && s.End <= to).ToList();
            if (after.Count == 0)
            {
                return false;
            }

            position = after.Min(s => s.End); // the earliest end leaves the most room for the lists after it
        }

        return true;
    }
}
