using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Concerns;

namespace SamePage.Web.Concerns;

/// <summary>
/// The written part of a concern, sealed as one JSON document: the author's draft (read only for them)
/// and, once shared, the copy the people it was shared with read. The clause's text is kept with it,
/// so the concern still says what it was about after the agreement changes.
/// </summary>
public sealed record ConcernDocument(
    [property: JsonPropertyName("noticed")] string Noticed,
    [property: JsonPropertyName("felt")] string Felt,
    [property: JsonPropertyName("need")] string Need,
    [property: JsonPropertyName("clauseId")] Guid? ClauseId,
    [property: JsonPropertyName("clauseText")] string? ClauseText,
    [property: JsonPropertyName("fromSelfCheck")] bool FromSelfCheck = false)
{
    private static readonly JsonSerializerOptions Json = new();

    public ConcernDraft Draft => new(Noticed, Felt, ClauseId, Need);

    public static ConcernDocument From(ConcernDraft draft, string? clauseText, bool fromSelfCheck)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var kept = draft.Normalized();
        return new ConcernDocument(kept.Noticed, kept.Felt, kept.Need, kept.ClauseId, kept.ClauseId is null ? null : clauseText, fromSelfCheck);
    }

    /// <summary>The copy for the people it is shared with: the words and the clause, nothing about how it was drafted.</summary>
    public ConcernDocument ForSharing() => this with { FromSelfCheck = false };

    public string Text(string field) => Draft.Text(field);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ConcernDocument FromJson(string json) =>
        JsonSerializer.Deserialize<ConcernDocument>(json, Json) ?? throw new JsonException("An empty concern document.");
}

/// <summary>The recorded outcome, sealed: what was chosen, by whom, when.</summary>
public sealed record OutcomeDocument(
    [property: JsonPropertyName("outcome")] ConcernOutcome Outcome,
    [property: JsonPropertyName("by")] Guid By,
    [property: JsonPropertyName("atUtc")] DateTime AtUtc)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OutcomeDocument FromJson(string json) =>
        JsonSerializer.Deserialize<OutcomeDocument>(json, Json) ?? throw new JsonException("An empty outcome.");
}
