using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Web.Rounds;

/// <summary>One member's answers and guesses in a round and where they were, stored sealed as one JSON document.</summary>
public sealed class AnswerSheet
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [JsonPropertyName("answers")]
    public Dictionary<string, Stance> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Optional predictions: behaviour id → the member guessed about (membership id) → the stance guessed.</summary>
    [JsonPropertyName("guesses")]
    public Dictionary<string, Dictionary<Guid, Stance>> Guesses { get; init; } = new(StringComparer.Ordinal);

    /// <summary>"How I connect", optional: style item id → step (0 to StyleBook.MaxStep). Sealed and revealed with the answers.</summary>
    [JsonPropertyName("styles")]
    public Dictionary<string, int> Styles { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The category page last saved, so coming back resumes there.</summary>
    [JsonPropertyName("page")]
    public string? LastCategory { get; set; }

    /// <summary>The earlier round whose answers this draft started from, if any.</summary>
    [JsonPropertyName("from")]
    public int? CarriedFromRound { get; set; }

    public int AnsweredIn(BehaviourCatalogue catalogue) => catalogue.Behaviours.Count(b => Answers.ContainsKey(b.Id));

    public bool IsComplete(BehaviourCatalogue catalogue) => catalogue.Behaviours.All(b => Answers.ContainsKey(b.Id));

    public Stance? GuessFor(string behaviourId, Guid member) =>
        Guesses.TryGetValue(behaviourId, out var byMember) && byMember.TryGetValue(member, out var stance) ? stance : null;

    public void SetGuess(string behaviourId, Guid member, Stance? stance)
    {
        if (stance is { } value)
        {
            if (!Guesses.TryGetValue(behaviourId, out var byMember))
            {
                Guesses[behaviourId] = byMember = [];
            }

            byMember[member] = value;
        }
        else if (Guesses.TryGetValue(behaviourId, out var byMember) && byMember.Remove(member) && byMember.Count == 0)
        {
            Guesses.Remove(behaviourId);
        }
    }

    /// <summary>Every guess as Core reads them: behaviour id → member → stance.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>> GuessesView() =>
        Guesses.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<Guid, Stance>)kv.Value, StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AnswerSheet FromJson(string json) => JsonSerializer.Deserialize<AnswerSheet>(json, Json) ?? new AnswerSheet();
}
