using System.Globalization;
using System.Text;

namespace SamePage.Core.Safety;

/// <summary>
/// One sentence as the screener reads it: its words, and the pauses (a comma, a dash, a bracket)
/// that stand before some of them. A negation does not reach across a pause: in "if you don't
/// answer, I'll leave", "don't" belongs to "answer", not to "I'll leave".
/// </summary>
public sealed record ScreeningSentence(IReadOnlyList<string> Words, IReadOnlySet<int> Pauses)
{
    /// <summary>True when a pause stands anywhere from just before word 'from' to just before word 'to'.</summary>
    public bool PauseBetween(int from, int to) => Pauses.Any(p => p > from && p <= to);
}

/// <summary>What an apostrophe does to a word, per language.</summary>
public enum Apostrophes
{
    /// <summary>Dropped, joining the word ("don't" is "dont"): right for English contractions.</summary>
    Join,

    /// <summary>A break between words ("l'argent" is "l argent"): right for French or Italian elision.</summary>
    Split,
}

/// <summary>
/// How the screener reads text: Unicode-compatible form (NFKC), lower case, apostrophes dropped or
/// splitting words as the language's rules say ("don't", "don’t" and "dont" are one word in English),
/// every other mark between words ignored (so "check-in" is "check in"), and sentences split at
/// . ! ? ; : and line breaks. Rule words are read the same way, so a rule and a clause always meet on
/// equal terms.
/// </summary>
public static class ScreeningText
{
    /// <summary>The sentences of a text.</summary>
    public static IReadOnlyList<ScreeningSentence> Sentences(string? text, Apostrophes apostrophes = Apostrophes.Join)
    {
        var sentences = new List<ScreeningSentence>();
        var words = new List<string>();
        var pauses = new HashSet<int>();
        var word = new StringBuilder();
        var folded = Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (IsApostrophe(c))
            {
                // Joining: don't → dont, partner's → partners, girls' → girls, 'quoted' → quoted.
                // Splitting: l'argent → l argent. (U+02BC counts as a letter, so this test comes first.)
                if (apostrophes == Apostrophes.Split)
                {
                    EndWord(word, words);
                }
            }
            else if (IsWordCharacter(c))
            {
                word.Append(c);
            }
            else
            {
                EndWord(word, words);
                if (IsPause(c))
                {
                    pauses.Add(words.Count);
                }
                else if (EndsSentence(folded, i))
                {
                    EndSentence(words, pauses, sentences);
                }
            }
        }

        EndWord(word, words);
        EndSentence(words, pauses, sentences);
        return sentences;
    }

    /// <summary>The words of a text as one sequence, sentence ends and pauses ignored (for rule words, which are short phrases).</summary>
    public static IReadOnlyList<string> Words(string? text, Apostrophes apostrophes = Apostrophes.Join) =>
        [.. Sentences(text, apostrophes).SelectMany(s => s.Words)];

    private static string Fold(string? text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u2032';

    private static bool IsPause(char c) => c is ',' or '(' or ')' or '\u2013' or '\u2014' or '\u3001' or '\uFF0C';

    /// <summary>A full stop inside a word ("e.g", "thehotline.org", "1.5") does not end a sentence.</summary>
    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '.' => i + 1 >= text.Length || !IsWordCharacter(text[i + 1]),
        '!' or '?' or ';' or ':' or '\n' or '\r' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F' => true,
        _ => false,
    };

    private static void EndWord(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    private static void EndSentence(List<string> words, HashSet<int> pauses, List<ScreeningSentence> sentences)
    {
        if (words.Count > 0)
        {
            sentences.Add(new ScreeningSentence([.. words], pauses.Where(p => p > 0 && p < words.Count).ToHashSet()));
        }

        words.Clear();
        pauses.Clear();
    }
}
