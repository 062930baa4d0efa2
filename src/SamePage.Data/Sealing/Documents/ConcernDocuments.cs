using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Concerns;

namespace SamePage.Data.Sealing.Documents;

/// <summary>
/// What is sealed inside a concern's columns. The draft (<see cref="SealedField.ConcernDraft"/>, under
/// the author's own key) and the shared copy (<see cref="SealedField.ConcernShared"/>, under the
/// circle's) are the same JSON document; the outcome is a small document of its own, and a reply is
/// its text as written. The formats are stored, so property names and options never change.
/// </summary>
public static class ConcernDocuments
{
    private static readonly JsonSerializerOptions WrittenParts = new();
    private static readonly JsonSerializerOptions Outcomes = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The author's draft, read only for them.</summary>
    public static readonly SealedCodec<ConcernDocument> Draft = SealedJson.Codec<ConcernDocument>(SealedField.ConcernDraft, WrittenParts);

    /// <summary>The copy the people it was shared with read, written once when the author shares.</summary>
    public static readonly SealedCodec<ConcernDocument> Shared = SealedJson.Codec<ConcernDocument>(SealedField.ConcernShared, WrittenParts);

    /// <summary>How it was settled, by whom, when.</summary>
    public static readonly SealedCodec<OutcomeDocument> Outcome = SealedJson.Codec<OutcomeDocument>(SealedField.ConcernOutcome, Outcomes);

    /// <summary>A reply: the text alone, as its writer wrote it (already tidied).</summary>
    public static readonly SealedCodec<string> Reply = new(SealedField.ConcernResponse, text => text, text => text);
}

/// <summary>
/// The written part of a concern: what was noticed, felt and needed, and the clause it is about with
/// that clause's text as it read then, so the concern still says what it was about after the agreement
/// changes. <see cref="FromSelfCheck"/> is only ever in the author's draft.
/// </summary>
public sealed record ConcernDocument(
    [property: JsonPropertyName("noticed")] string Noticed,
    [property: JsonPropertyName("felt")] string Felt,
    [property: JsonPropertyName("need")] string Need,
    [property: JsonPropertyName("clauseId")] Guid? ClauseId,
    [property: JsonPropertyName("clauseText")] string? ClauseText,
    [property: JsonPropertyName("fromSelfCheck")] bool FromSelfCheck = false)
{
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
}

/// <summary>The recorded outcome: what was chosen, by whom, when.</summary>
public sealed record OutcomeDocument(
    [property: JsonPropertyName("outcome")] ConcernOutcome Outcome,
    [property: JsonPropertyName("by")] Guid By,
    [property: JsonPropertyName("atUtc")] DateTime AtUtc);
