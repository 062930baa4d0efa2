using System.Globalization;
using System.Text;

namespace SamePage.Core.Safety;

/// <summary>
/// The words of a sentence as features beside its vector: single words and pairs of neighbouring
/// words (with the sentence's start and end), each hashed into one of <see cref="Buckets"/> slots.
/// A sentence model reads what a sentence is about but reads stance poorly ("you don't need my okay"
/// against "you need my okay"); the words that carry stance ("up to you", "without me", "or else",
/// "either of us") generalise across topics, and the layer learns them from the examples. Hashing
/// (FNV-1a, fixed) keeps the same words in the same slot in every process.
/// </summary>
public sealed record WordGrams(IReadOnlyList<int> Slots, float Value)
{
    /// <summary>How many slots words are hashed into.</summary>
    public const int Buckets = 1 << 14;

    public static WordGrams None { get; } = new([], 0);

    /// <summary>
    /// Common text-message spellings read as the words they stand for, so "u dont" and "you don't"
    /// share their features. Apostrophes are dropped after this, so "dont" and "don't" are one word.
    /// </summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ya"] = "you", ["ur"] = "your", ["urs"] = "yours", ["r"] = "are", ["n"] = "and",
        ["w"] = "with", ["2"] = "to", ["4"] = "for", ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because",
    };

    /// <summary>The features of a text; each present slot has the same value, so that all together have length <paramref name="weight"/>.</summary>
    public static WordGrams Of(string? text, double weight)
    {
        if (string.IsNullOrWhiteSpace(text) || weight <= 0)
        {
            return None;
        }

        var words = new List<string> { "<s>" };
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                var w = word.ToString();
                words.Add(Spellings.GetValueOrDefault(w, w).Replace("'", string.Empty, StringComparison.Ordinal));
                word.Clear();
            }
        }

        foreach (var c in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '\u2019')
            {
                word.Append(c == '\u2019' ? '\'' : c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        words.Add("</s>");
        var slots = new SortedSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && i < words.Count - 1)
            {
                slots.Add(Slot(words[i]));
            }

            if (i + 1 < words.Count)
            {
                slots.Add(Slot(words[i] + " " + words[i + 1]));
            }
        }

        return new WordGrams([.. slots], (float)(weight / Math.Sqrt(slots.Count)));
    }

    private static int Slot(string gram)
    {
        var hash = 2166136261u;
        foreach (var c in gram)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Buckets);
    }
}
