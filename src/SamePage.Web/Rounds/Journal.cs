using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Reflections;

namespace SamePage.Web.Rounds;

/// <summary>
/// One member's private journal for one round, stored sealed as one JSON document: the answers to the
/// reflection prompts and which of them the member shares with the circle. Only its author reads it.
/// </summary>
public sealed class Journal
{
    private static readonly JsonSerializerOptions Json = new();

    [JsonPropertyName("answers")]
    public Dictionary<string, string> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The prompts whose answers the member chose to share (only ever set after the reveal).</summary>
    [JsonPropertyName("shared")]
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

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Journal FromJson(string json) => JsonSerializer.Deserialize<Journal>(json, Json) ?? new Journal();

    public static string SharedToJson(Dictionary<string, string> shared) => JsonSerializer.Serialize(shared, Json);

    public static Dictionary<string, string> SharedFromJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
