using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Core.Concerns;

namespace SamePage.Data.Sealing.Documents;

/// <summary>
/// What is sealed inside a private self-check (<see cref="SealedField.SelfCheck"/>, under its author's
/// own key): one <see cref="SelfCheckDocument"/>. The format is stored, so its property names and
/// options never change.
/// </summary>
public static class SelfCheckDocuments
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static readonly SealedCodec<SelfCheckDocument> SelfCheck = SealedJson.Codec<SelfCheckDocument>(SealedField.SelfCheck, Json);
}

/// <summary>A behaviour named in a self-check, with its label as it read then (a circle's own behaviour may be removed later).</summary>
public sealed record NamedBehaviour([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("label")] string Label);

/// <summary>One self-check as it is stored: the behaviours named, what was done, why, and the reason chosen.</summary>
public sealed record SelfCheckDocument(
    [property: JsonPropertyName("behaviours")] IReadOnlyList<NamedBehaviour> Behaviours,
    [property: JsonPropertyName("doing")] string Doing,
    [property: JsonPropertyName("reason")] SelfCheckReason Reason,
    [property: JsonPropertyName("why")] string Why);
