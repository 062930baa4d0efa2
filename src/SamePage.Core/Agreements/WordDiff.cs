using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace SamePage.Core.Agreements;

public enum DiffSegmentKind
{
    /// <summary>In both texts.</summary>
    Same,

    /// <summary>Only in the later text.</summary>
    Inserted,

    /// <summary>Only in the earlier text.</summary>
    Deleted,
}

/// <summary>A run of text and whether it was kept, added or taken out.</summary>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);

/// <summary>
/// A word-level diff of two texts, computed by DiffPlex over words, runs of whitespace and single
/// punctuation marks. Nothing is trimmed or normalised: the <see cref="DiffSegmentKind.Same"/> and
/// <see cref="DiffSegmentKind.Deleted"/> segments join to the earlier text exactly, and the
/// <see cref="DiffSegmentKind.Same"/> and <see cref="DiffSegmentKind.Inserted"/> segments to the later one.
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// The segments that turn <paramref name="before"/> into <paramref name="after"/>: never empty
    /// text, never two neighbours of the same kind, and within each change what was taken out comes
    /// before what was put in. A space after a replaced word and before another change is folded into
    /// the change, so "the cat sat" → "a dog sat" reads as one replacement rather than two.
    /// </summary>
    public static IReadOnlyList<DiffSegment> Between(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return before.Length == 0 ? [] : [new DiffSegment(DiffSegmentKind.Same, before)];
        }

        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunks.Instance);
        return Tidy(Raw(result));
    }

    /// <summary>The earlier text: every segment except the inserted ones.</summary>
    public static string Before(IEnumerable<DiffSegment> segments) => Join(segments, DiffSegmentKind.Inserted);

    /// <summary>The later text: every segment except the deleted ones.</summary>
    public static string After(IEnumerable<DiffSegment> segments) => Join(segments, DiffSegmentKind.Deleted);

    /// <summary>The whole text as one segment of the given kind (none for empty text).</summary>
    internal static IReadOnlyList<DiffSegment> Whole(DiffSegmentKind kind, string text) =>
        text.Length == 0 ? [] : [new DiffSegment(kind, text)];

    private static string Join(IEnumerable<DiffSegment> segments, DiffSegmentKind left)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var text = new StringBuilder();
        foreach (var segment in segments.Where(s => s.Kind != left))
        {
            text.Append(segment.Text);
        }

        return text.ToString();
    }

    /// <summary>One segment per piece, in order: the pieces between blocks are the same in both texts.</summary>
    private static List<DiffSegment> Raw(DiffResult result)
    {
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                segments.Add(new DiffSegment(DiffSegmentKind.Same, result.PiecesOld[a]));
            }

            for (; a < block.DeleteStartA + block.DeleteCountA; a++)
            {
                segments.Add(new DiffSegment(DiffSegmentKind.Deleted, result.PiecesOld[a]));
            }

            for (var b = block.InsertStartB; b < block.InsertStartB + block.InsertCountB; b++)
            {
                segments.Add(new DiffSegment(DiffSegmentKind.Inserted, result.PiecesNew[b]));
            }
        }

        for (; a < result.PiecesOld.Count; a++)
        {
            segments.Add(new DiffSegment(DiffSegmentKind.Same, result.PiecesOld[a]));
        }

        return segments;
    }

    /// <summary>
    /// Folds whitespace that sits between two changes into them, then merges each run of changes into
    /// one deletion followed by one insertion, and neighbouring kept pieces into one.
    /// </summary>
    private static List<DiffSegment> Tidy(List<DiffSegment> raw)
    {
        var tidy = new List<DiffSegment>();
        var (deleted, inserted, same) = (new StringBuilder(), new StringBuilder(), new StringBuilder());

        void FlushChange()
        {
            if (deleted.Length > 0)
            {
                tidy.Add(new DiffSegment(DiffSegmentKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                tidy.Add(new DiffSegment(DiffSegmentKind.Inserted, inserted.ToString()));
            }

            deleted.Clear();
            inserted.Clear();
        }

        void FlushSame()
        {
            if (same.Length > 0)
            {
                tidy.Add(new DiffSegment(DiffSegmentKind.Same, same.ToString()));
                same.Clear();
            }
        }

        for (var i = 0; i < raw.Count; i++)
        {
            var segment = raw[i];
            if (segment.Text.Length == 0)
            {
                continue;
            }

            if (segment.Kind == DiffSegmentKind.Same)
            {
                var betweenChanges = deleted.Length > 0 && inserted.Length > 0 && IsWhitespace(segment.Text)
                    && i + 1 < raw.Count && raw[i + 1].Kind != DiffSegmentKind.Same;
                if (betweenChanges)
                {
                    deleted.Append(segment.Text);
                    inserted.Append(segment.Text);
                    continue;
                }

                FlushChange();
                same.Append(segment.Text);
                continue;
            }

            FlushSame();
            (segment.Kind == DiffSegmentKind.Deleted ? deleted : inserted).Append(segment.Text);
        }

        FlushChange();
        FlushSame();
        return tidy;
    }

    private static bool IsWhitespace(string text) => text.All(char.IsWhiteSpace);

    /// <summary>
    /// Splits prose for DiffPlex: words (letters, digits and marks, with an apostrophe inside a word
    /// kept, as in "don't"), runs of whitespace, and every other character on its own, where a
    /// character is a whole grapheme (an emoji with its modifiers never splits). Ideographs and kana,
    /// written without spaces, are one piece each. The pieces join back to the text exactly.
    /// </summary>
    private sealed class WordChunks : IChunker
    {
        public static readonly WordChunks Instance = new();

        private enum Sort
        {
            Word,
            Space,
            Single,
        }

        public IReadOnlyList<string> Chunk(string str)
        {
            var pieces = new List<string>();
            var start = 0;
            Sort? current = null;
            var elements = StringInfo.GetTextElementEnumerator(str);
            while (elements.MoveNext())
            {
                var index = elements.ElementIndex;
                var element = (string)elements.Current;
                var sort = SortOf(str, index, element, current);
                if (current is not null && (sort != current || sort == Sort.Single))
                {
                    pieces.Add(str[start..index]);
                    start = index;
                }

                current = sort;
            }

            if (start < str.Length)
            {
                pieces.Add(str[start..]);
            }

            return pieces;
        }

        private static Sort SortOf(string text, int index, string element, Sort? previous)
        {
            if (!Rune.TryGetRuneAt(text, index, out var rune))
            {
                return Sort.Single; // a lone surrogate: kept as it is, on its own
            }

            if (Rune.IsWhiteSpace(rune))
            {
                return Sort.Space;
            }

            if (IsUnspaced(rune.Value))
            {
                return Sort.Single;
            }

            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                return Sort.Word;
            }

            // An apostrophe between two letters belongs to the word ("don't", "Sam’s").
            var apostrophe = element is "'" or "\u2019";
            var next = index + element.Length;
            if (apostrophe && previous == Sort.Word && next < text.Length && Rune.TryGetRuneAt(text, next, out var following) && Rune.IsLetter(following))
            {
                return Sort.Word;
            }

            return Sort.Single;
        }

        private static bool IsUnspaced(int value) =>
            value is (>= 0x3040 and <= 0x30FF) // hiragana, katakana
                or (>= 0x3400 and <= 0x4DBF) // CJK extension A
                or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
                or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
                or (>= 0x20000 and <= 0x2FA1F); // CJK extensions B and beyond
    }
}
