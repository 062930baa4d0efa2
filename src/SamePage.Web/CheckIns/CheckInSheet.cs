using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.CheckIns;

namespace SamePage.Web.CheckIns;

/// <summary>One member's answers to one check-in as they are stored: one JSON document, sealed as a whole.</summary>
public sealed class CheckInSheet
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [JsonPropertyName("scores")]
    public Dictionary<string, int> Scores { get; init; } = new(StringComparer.Ordinal);

    [JsonPropertyName("clauses")]
    public Dictionary<Guid, ClauseFeeling> Clauses { get; init; } = [];

    [JsonPropertyName("appreciation")]
    public string Appreciation { get; init; } = string.Empty;

    [JsonPropertyName("topics")]
    public string Topics { get; init; } = string.Empty;

    /// <summary>The answers as Core reads them; anything a later version of the items would not know is left out.</summary>
    public CheckInAnswers ToAnswers() => new(
        Scores.Where(kv => CheckInItems.IsItem(kv.Key) && CheckInItems.IsScore(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        new Dictionary<Guid, ClauseFeeling>(Clauses),
        Appreciation,
        Topics);

    public static CheckInSheet From(CheckInAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new CheckInSheet
        {
            Scores = new Dictionary<string, int>(answers.Scores, StringComparer.Ordinal),
            Clauses = new Dictionary<Guid, ClauseFeeling>(answers.Clauses),
            Appreciation = answers.Appreciation,
            Topics = answers.Topics,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CheckInSheet FromJson(string json) => JsonSerializer.Deserialize<CheckInSheet>(json, Json) ?? new CheckInSheet();
}
