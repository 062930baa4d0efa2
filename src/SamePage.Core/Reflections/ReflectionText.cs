using System.Globalization;
using System.Text;
using SamePage.Core.Text;

namespace SamePage.Core.Reflections;

public enum ReflectionProblem
{
    None,

    /// <summary>Longer than <see cref="ReflectionText.MaxLength"/> characters.</summary>
    TooLong,
}

/// <summary>
/// The text of one journal answer: how it is tidied before it is kept, how long it is, and whether it
/// may be kept. Length is counted as a person counts characters (an emoji with a skin tone, a letter
/// with its accent, a line break: one each), not in bytes or UTF-16 units.
/// </summary>
public static class ReflectionText
{
    public const int MaxLength = 4000;

    /// <summary>
    /// A second bound, in Unicode scalar values, so that a few "characters" carrying thousands of
    /// combining marks cannot make an answer huge. Four per character leaves room for any real writing
    /// (emoji sequences, scripts with several marks per letter).
    /// </summary>
    public const int MaxScalarValues = MaxLength * 4;

    /// <summary>
    /// One line break form (\n), no control characters other than line breaks and tabs, lone surrogates
    /// replaced, then <see cref="PlainText.Normalize"/> (trimmed, NFC). Format characters such as the
    /// zero-width joiner in emoji or right-to-left marks are kept: they belong to real writing.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.ReplaceLineEndings("\n");
        var kept = new StringBuilder(lines.Length);
        foreach (var rune in lines.EnumerateRunes())
        {
            // Invalid UTF-16 (a lone surrogate) arrives here as U+FFFD.
            if (Rune.IsControl(rune) && rune.Value != '\n' && rune.Value != '\t')
            {
                continue;
            }

            kept.Append(rune.ToString());
        }

        return PlainText.Normalize(kept.ToString());
    }

    /// <summary>How many characters the answer has once normalised (user-perceived characters).</summary>
    public static int Length(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? 0 : new StringInfo(normalized).LengthInTextElements;
    }

    public static ReflectionProblem Check(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return ReflectionProblem.None;
        }

        var tooManyScalars = normalized.EnumerateRunes().Take(MaxScalarValues + 1).Count() > MaxScalarValues;
        return tooManyScalars || new StringInfo(normalized).LengthInTextElements > MaxLength
            ? ReflectionProblem.TooLong
            : ReflectionProblem.None;
    }
}
