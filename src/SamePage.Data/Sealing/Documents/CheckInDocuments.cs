using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.CheckIns;

namespace SamePage.Data.Sealing.Documents;

/// <summary>
/// What is sealed inside a check-in response (<see cref="SealedField.CheckInAnswers"/>, under the
/// circle's key): one member's answers as one <see cref="CheckInSheet"/>. The format is stored, so its
/// property names and options never change.
/// </summary>
public static class CheckInDocuments
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One member's answers to one check-in, read as Core's <see cref="CheckInAnswers"/>.</summary>
    public static readonly SealedCodec<CheckInAnswers> Answers = new(
        SealedField.CheckInAnswers,
        answers => JsonSerializer.Serialize(CheckInSheet.From(answers), Json),
        // A document holding only "null" reads as no answers yet, as it always has.
        text => (JsonSerializer.Deserialize<CheckInSheet>(text, Json) ?? new CheckInSheet()).ToAnswers());
}

/// <summary>One member's answers to one check-in as they are stored: one JSON document, sealed as a whole.</summary>
public sealed class CheckInSheet
{
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
}
