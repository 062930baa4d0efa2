using System.Security.Cryptography;
using System.Text;

namespace SamePage.Core.Reflections;

/// <summary>
/// One member's private journal for one round: the answers to the reflection prompts and which of them
/// the member shares with the circle. Only its author reads it (it is sealed with their own key).
/// </summary>
public sealed class Journal
{
    public Dictionary<string, string> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The prompts whose answers the member chose to share (only ever set after the reveal).</summary>
    public HashSet<string> Shared { get; init; } = new(StringComparer.Ordinal);

    public string Text(string prompt) => Answers.TryGetValue(prompt, out var text) ? text : string.Empty;

    /// <summary>Shared and not empty: what the circle can read.</summary>
    public bool IsShared(string prompt) => Shared.Contains(prompt) && Text(prompt).Length > 0;

    public bool HasShared => ReflectionPrompts.All.Any(IsShared);

    public void Write(string prompt, string text)
    {
        if (text.Length == 0)
        {
            Answers.Remove(prompt);
        }
        else
        {
            Answers[prompt] = text;
        }
    }

    /// <summary>The shared prompts' current text, in prompt order: all that the shared copy ever holds.</summary>
    public Dictionary<string, string> SharedAnswers() =>
        ReflectionPrompts.All.Where(IsShared).ToDictionary(p => p, Text, StringComparer.Ordinal);

    /// <summary>
    /// A short fingerprint of an answer's text. A form carries the fingerprint of the text it showed, so
    /// a save can tell "changed here" from "changed meanwhile in another tab", and never overwrites the
    /// latter. It goes only to the author's own page, which shows the text itself anyway.
    /// </summary>
    public static string Fingerprint(string text) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
