using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SamePage.Core.Safety;

/// <summary>The screener's rules for one locale, as read from `content/&lt;locale&gt;/safety.yaml`.</summary>
public sealed record ScreeningRules(Negation Negation, IReadOnlyList<WordList> WordLists, IReadOnlyList<ScreeningRule> Rules, Apostrophes Apostrophes = Apostrophes.Join);

/// <summary>
/// Notices text (agreement clauses, behaviours a circle adds) that could be used to control a partner:
/// monitoring, isolation, economic control, cutting off support, coercion, control of appearance.
/// Two readers: readable rules, which say why they noticed something, and, where the locale has a model,
/// a reading by meaning against labelled examples, which catches phrasings no rule foresaw. A text is
/// flagged when either notices it. Both miss things and raise false alarms, so a flag only ever leads
/// to a private, gentle note, never to a block or an accusation.
/// </summary>
public sealed class ClauseScreener(ScreeningRules rules, MeaningScreener? meaning = null)
{
    /// <summary>Results kept, by a digest of the text: the same text is read by the model once.</summary>
    public const int Remembered = 4096;

    private readonly ConcurrentDictionary<string, ScreenResult> _results = new(StringComparer.Ordinal);

    /// <summary>Texts being read in the background for a page view, by digest, so each is read once.</summary>
    private readonly ConcurrentDictionary<string, byte> _reading = new(StringComparer.Ordinal);

    public ScreeningRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>The semantic reader, or null for a locale that screens with its rules alone.</summary>
    public MeaningScreener? Meaning { get; } = meaning;

    /// <summary>How many texts the model has read (cached results do not count).</summary>
    public int ModelReadings => _modelReadings;

    private int _modelReadings;

    /// <summary>
    /// What a page shows now, without waiting: the full reading when the model has learned its examples,
    /// otherwise the rules' reading (not kept), while the learning starts in the background, so a person
    /// never waits seconds for a note that is only ever a gentle aside. The next view has the full reading.
    /// </summary>
    public ScreenResult ScreenNow(string? text)
    {
        if (Meaning is { IsReady: false })
        {
            Meaning.Prepare();
            return ScreenRules(text);
        }

        return Screen(text);
    }

    /// <summary>
    /// What a page that only shows a text needs: the kept reading when there is one, otherwise the rules'
    /// reading (not kept) while the full reading is made in the background for the next view. So a page
    /// view never waits for the model, whether the process has just started or the text was written
    /// before it did.
    /// </summary>
    public ScreenResult ScreenKept(string? text)
    {
        if (Meaning is null || string.IsNullOrWhiteSpace(text))
        {
            return ScreenRules(text);
        }

        var key = Digest(text);
        if (_results.TryGetValue(key, out var known))
        {
            return known;
        }

        Meaning.Prepare();
        if (_reading.TryAdd(key, 0))
        {
            _ = Task.Run(() =>
            {
                try
                {
                    Screen(text);
                }
                finally
                {
                    _reading.TryRemove(key, out _);
                }
            });
        }

        return ScreenRules(text);
    }

    /// <summary>Whether the full reading of a text is kept, so a page showing it reads no model.</summary>
    public bool IsKept(string? text) => Meaning is null || string.IsNullOrWhiteSpace(text) || _results.ContainsKey(Digest(text));

    /// <summary>The full reading, waiting for the model to learn its examples if it has not yet (tools and tests).</summary>
    public ScreenResult Screen(string? text)
    {
        if (Meaning is null || string.IsNullOrWhiteSpace(text))
        {
            return ScreenRules(text);
        }

        var key = Digest(text);
        if (_results.TryGetValue(key, out var known))
        {
            return known;
        }

        var byRules = ScreenRules(text);
        Interlocked.Increment(ref _modelReadings);
        var result = Meaning.Model.Combine(byRules, Meaning.Read(text));
        if (_results.Count >= Remembered)
        {
            _results.Clear();
        }

        _results[key] = result;
        return result;
    }

    /// <summary>The rules' reading alone.</summary>
    public ScreenResult ScreenRules(string? text)
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

    /// <summary>A digest rather than the text itself, so the cache holds no one's words.</summary>
    private static string Digest(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
