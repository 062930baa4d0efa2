using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Comparisons;
using SamePage.Core.Reflections;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;

namespace SamePage.Data.Sealing.Documents;

/// <summary>A behaviour a circle added, as its sealed document holds it.</summary>
public sealed record CustomBehaviourDocument(string Label, string Category, string Clarification);

/// <summary>
/// What is inside the sealed columns of rounds. Each format is the one these documents were first
/// written in (property names, casing and options); changing one would leave stored rows unreadable.
/// </summary>
public static class RoundDocuments
{
    // The answers were written with enum names ("Fine"), the journal and the rest with the defaults.
    private static readonly JsonSerializerOptions AnswerOptions = new() { Converters = { new JsonStringEnumConverter() } };
    private static readonly JsonSerializerOptions Defaults = new();

    /// <summary>A member's draft or submitted answers (<c>RoundResponses.SealedAnswers</c>, circle key, bound to the response).</summary>
    public static readonly SealedCodec<AnswerSheet> Answers = new(
        SealedField.RoundAnswers,
        sheet => JsonSerializer.Serialize(AnswerSheetJson.From(sheet), AnswerOptions),
        text => (JsonSerializer.Deserialize<AnswerSheetJson>(text, AnswerOptions) ?? new AnswerSheetJson()).ToSheet());

    /// <summary>A behaviour the circle added (<c>CustomBehaviours.SealedContent</c>, circle key, bound to the behaviour).</summary>
    public static readonly SealedCodec<CustomBehaviourDocument> CustomBehaviour =
        SealedJson.Codec<CustomBehaviourDocument>(SealedField.CustomBehaviour, Defaults);

    /// <summary>A member's own journal (<c>Reflections.SealedPrivate</c>, the author's personal key, bound to the reflection).</summary>
    public static readonly SealedCodec<Journal> PrivateJournal = new(
        SealedField.ReflectionPrivate,
        journal => JsonSerializer.Serialize(JournalJson.From(journal), Defaults),
        text => (JsonSerializer.Deserialize<JournalJson>(text, Defaults) ?? new JournalJson()).ToJournal());

    /// <summary>
    /// The shared copy of a journal: only the answers its author shares, prompt → text
    /// (<c>Reflections.SealedShared</c>, circle key, bound to the reflection).
    /// </summary>
    public static readonly SealedCodec<IReadOnlyDictionary<string, string>> SharedJournal = new(
        SealedField.ReflectionShared,
        shared => JsonSerializer.Serialize(shared, Defaults),
        text => JsonSerializer.Deserialize<Dictionary<string, string>>(text, Defaults) ?? new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// A revealed round's "we talked about this" marks (<c>RoundTalks.SealedTopics</c>, circle key, bound
    /// to the round): a list of topics, each a behaviour and the pair's two membership ids, in a fixed order.
    /// </summary>
    public static readonly SealedCodec<TalkedAbout> TalkedAbout = new(
        SealedField.TalkedAbout,
        marks => JsonSerializer.Serialize(
            marks.Topics.OrderBy(t => t.BehaviourId, StringComparer.Ordinal).ThenBy(t => t.First).ThenBy(t => t.Second).Select(t => new TopicJson(t.BehaviourId, t.First, t.Second)),
            Defaults),
        text => new Core.Comparisons.TalkedAbout((JsonSerializer.Deserialize<List<TopicJson>>(text, Defaults) ?? []).Select(t => new TalkTopic(t.B, t.F, t.S))));

    private sealed class AnswerSheetJson
    {
        [JsonPropertyName("answers")]
        public Dictionary<string, Stance> Answers { get; init; } = new(StringComparer.Ordinal);

        [JsonPropertyName("guesses")]
        public Dictionary<string, Dictionary<Guid, Stance>> Guesses { get; init; } = new(StringComparer.Ordinal);

        [JsonPropertyName("styles")]
        public Dictionary<string, int> Styles { get; init; } = new(StringComparer.Ordinal);

        [JsonPropertyName("page")]
        public string? LastCategory { get; init; }

        [JsonPropertyName("from")]
        public int? CarriedFromRound { get; init; }

        public static AnswerSheetJson From(AnswerSheet sheet) => new()
        {
            Answers = sheet.Answers,
            Guesses = sheet.Guesses,
            Styles = sheet.Styles,
            LastCategory = sheet.LastCategory,
            CarriedFromRound = sheet.CarriedFromRound,
        };

        public AnswerSheet ToSheet() => new()
        {
            Answers = new(Answers, StringComparer.Ordinal),
            Guesses = new(Guesses, StringComparer.Ordinal),
            Styles = new(Styles, StringComparer.Ordinal),
            LastCategory = LastCategory,
            CarriedFromRound = CarriedFromRound,
        };
    }

    private sealed class JournalJson
    {
        [JsonPropertyName("answers")]
        public Dictionary<string, string> Answers { get; init; } = new(StringComparer.Ordinal);

        [JsonPropertyName("shared")]
        public HashSet<string> Shared { get; init; } = new(StringComparer.Ordinal);

        public static JournalJson From(Journal journal) => new() { Answers = journal.Answers, Shared = journal.Shared };

        public Journal ToJournal() => new() { Answers = new(Answers, StringComparer.Ordinal), Shared = new(Shared, StringComparer.Ordinal) };
    }

    private sealed record TopicJson(string B, Guid F, Guid S);
}
