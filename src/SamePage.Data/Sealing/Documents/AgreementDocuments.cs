using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Agreements;

namespace SamePage.Data.Sealing.Documents;

/// <summary>A frozen version's sealed document: its clauses and each member's name when it was proposed.</summary>
public sealed record VersionDocument(IReadOnlyList<Clause> Clauses, IReadOnlyDictionary<Guid, string> Names);

/// <summary>
/// What is inside the agreement's sealed columns. A draft clause (<see cref="SealedField.DraftClause"/>)
/// is one clause as JSON; a version (<see cref="SealedField.AgreementVersion"/>) is its clauses in the
/// same shape with the names of the members at the time; a signature keeps the signer's name as it was
/// (<see cref="SealedField.SignerName"/>), as plain text. Enums are written by name. These shapes are
/// stored: a property's JSON name never changes.
/// </summary>
public static class AgreementDocuments
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One clause of the working draft.</summary>
    public static readonly SealedCodec<Clause> DraftClause = new(
        SealedField.DraftClause,
        clause => JsonSerializer.Serialize(ClauseJson.From(clause), Json),
        text => Read<ClauseJson>(SealedField.DraftClause, text).ToClause());

    /// <summary>A proposed (later active, superseded or withdrawn) version.</summary>
    public static readonly SealedCodec<VersionDocument> Version = new(
        SealedField.AgreementVersion,
        version => JsonSerializer.Serialize(new VersionJson([.. version.Clauses.Select(ClauseJson.From)], new Dictionary<Guid, string>(version.Names)), Json),
        text => Read<VersionJson>(SealedField.AgreementVersion, text).ToDocument());

    /// <summary>The name a member signed under.</summary>
    public static readonly SealedCodec<string> SignerName = new(SealedField.SignerName, name => name, text => text);

    private static T Read<T>(SealedField field, string text) =>
        JsonSerializer.Deserialize<T>(text, Json) ?? throw new JsonException($"A sealed {field} document is empty.");

    private sealed record VersionJson(
        [property: JsonPropertyName("clauses")] List<ClauseJson> Clauses,
        [property: JsonPropertyName("names")] Dictionary<Guid, string> Names)
    {
        public VersionDocument ToDocument() => new([.. Clauses.Select(c => c.ToClause())], Names);
    }

    private sealed record ClauseJson(
        [property: JsonPropertyName("id")] Guid Id,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("expect")] Expectation Expectation,
        [property: JsonPropertyName("behaviour")] string? BehaviourId,
        [property: JsonPropertyName("category")] string? CategoryId,
        [property: JsonPropertyName("for")] List<Guid> AppliesTo,
        [property: JsonPropertyName("notes")] string Notes)
    {
        public static ClauseJson From(Clause clause) =>
            new(clause.Id, clause.Text, clause.Expectation, clause.BehaviourId, clause.CategoryId, [.. clause.AppliesTo], clause.Notes);

        public Clause ToClause() => new(Id, Text, Expectation, BehaviourId, CategoryId, AppliesTo, Notes);
    }
}
