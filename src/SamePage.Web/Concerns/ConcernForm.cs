using SamePage.Core.Concerns;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Concerns;

/// <summary>What the new-concern and edit-draft forms post.</summary>
public sealed class ConcernForm
{
    public string? Noticed { get; set; }

    public string? Felt { get; set; }

    /// <summary>A clause of the active agreement, or empty for none.</summary>
    public Guid? Clause { get; set; }

    public string? Need { get; set; }

    public ConcernDraft ToDraft() => new(Noticed ?? string.Empty, Felt ?? string.Empty, Clause, Need ?? string.Empty);

    public string Text(string field) => ToDraft().Text(field);

    /// <summary>The posted name of a field's text box.</summary>
    public static string NameOf(string field) => field switch
    {
        ConcernFields.Noticed => $"Form.{nameof(Noticed)}",
        ConcernFields.Felt => $"Form.{nameof(Felt)}",
        ConcernFields.Need => $"Form.{nameof(Need)}",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a concern field."),
    };

    public static ConcernForm From(ConcernDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ConcernForm { Noticed = document.Noticed, Felt = document.Felt, Clause = document.ClauseId, Need = document.Need };
    }
}

/// <summary>A clause a concern can name: its id, the words shown in the list, and the full text kept with the concern.</summary>
public sealed record ClauseChoice(Guid Id, string Label, string Text, bool FromEarlierVersion);
