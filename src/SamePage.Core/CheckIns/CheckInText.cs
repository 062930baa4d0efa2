using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SamePage.Core.Reflections;

namespace SamePage.Core.CheckIns;

/// <summary>
/// The appreciation and the topics of a check-in: tidied the same way as journal answers
/// (<see cref="ReflectionText.Normalize"/>), counted as a person counts characters, and limited.
/// </summary>
public static class CheckInText
{
    public const int MaxLength = 2000;

    /// <summary>A bound in Unicode scalar values too, so a few characters with thousands of combining marks cannot make a text huge.</summary>
    public const int MaxScalarValues = MaxLength * 4;

    private static readonly string[] ListMarkers = ["- ", "* ", "• ", "– "];

    public static string Normalize(string? text) => ReflectionText.Normalize(text);

    /// <summary>
    /// A short fingerprint of a saved text, which a form carries as the text it started from: a save
    /// made from an older tab, after the text was changed elsewhere, can then be told apart and refused.
    /// </summary>
    public static string Stamp(string? text) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))).AsSpan(0, 12))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>How many characters the text has once tidied (user-perceived characters).</summary>
    public static int Length(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? 0 : new StringInfo(normalized).LengthInTextElements;
    }

    public static bool IsTooLong(string? text)
    {
        var normalized = Normalize(text);
        return normalized.EnumerateRunes().Take(MaxScalarValues + 1).Count() > MaxScalarValues
            || (normalized.Length > 0 && new StringInfo(normalized).LengthInTextElements > MaxLength);
    }

    /// <summary>The topics one member wrote: one per line, without empty lines or a leading list marker.</summary>
    public static IReadOnlyList<string> Topics(string? text)
    {
        var topics = new List<string>();
        foreach (var line in Normalize(text).Split('\n'))
        {
            var topic = line.Trim();
            foreach (var marker in ListMarkers)
            {
                if (topic.StartsWith(marker, StringComparison.Ordinal))
                {
                    topic = topic[marker.Length..].Trim();
                    break;
                }
            }

            if (topic.Length > 0)
            {
                topics.Add(topic);
            }
        }

        return topics;
    }
}
