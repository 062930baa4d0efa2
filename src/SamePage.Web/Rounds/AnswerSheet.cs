using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Web.Rounds;

/// <summary>One member's answers in a round and where they were, stored sealed as one JSON document.</summary>
public sealed class AnswerSheet
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [JsonPropertyName("answers")]
    public Dictionary<string, Stance> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The category page last saved, so coming back resumes there.</summary>
    [JsonPropertyName("page")]
    public string? LastCategory { get; set; }

    public int AnsweredIn(BehaviourCatalogue catalogue) => catalogue.Behaviours.Count(b => Answers.ContainsKey(b.Id));

    public bool IsComplete(BehaviourCatalogue catalogue) => catalogue.Behaviours.All(b => Answers.ContainsKey(b.Id));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AnswerSheet FromJson(string json) => JsonSerializer.Deserialize<AnswerSheet>(json, Json) ?? new AnswerSheet();
}
