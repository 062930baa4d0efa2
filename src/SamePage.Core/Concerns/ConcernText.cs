using System.Globalization;
using SamePage.Core.Reflections;

namespace SamePage.Core.Concerns;

public enum TextProblem
{
    None,

    /// <summary>Longer than <see cref="ConcernText.MaxLength"/> characters.</summary>
    TooLong,
}

/// <summary>
/// The text of a concern, a reply or a self-check: tidied like a journal answer (one line-break form,
/// no control characters, trimmed, composed) and at most <see cref="MaxLength"/> characters as a
/// person counts them.
/// </summary>
public static class ConcernText
{
    public const int MaxLength = 4000;

    /// <summary>A bound in Unicode scalar values as well, so a few characters carrying thousands of marks stay small.</summary>
    public const int MaxScalarValues = MaxLength * 4;

    public static string Normalize(string? text) => ReflectionText.Normalize(text);

    /// <summary>How many characters the text has once normalised (user-perceived characters).</summary>
    public static int Length(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? 0 : new StringInfo(normalized).LengthInTextElements;
    }

    public static TextProblem Check(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return TextProblem.None;
        }

        var tooManyScalars = normalized.EnumerateRunes().Take(MaxScalarValues + 1).Count() > MaxScalarValues;
        return tooManyScalars || new StringInfo(normalized).LengthInTextElements > MaxLength ? TextProblem.TooLong : TextProblem.None;
    }
}
