using System.Text;
using SamePage.Core.Text;

namespace SamePage.Core.Catalogue;

public enum CustomTextProblem
{
    None,
    Empty,
    TooLong,
    InvalidCharacters,
}

/// <summary>Whether a circle has room for one more behaviour of its own.</summary>
public enum CustomBehaviourRoom
{
    Room,

    /// <summary>The round it would join already has <see cref="CustomBehaviours.MaxPerRound"/> new ones.</summary>
    RoundFull,

    /// <summary>The circle already has <see cref="CustomBehaviours.MaxPerCircle"/>.</summary>
    CircleFull,
}

/// <summary>A custom behaviour as a member wrote it, already checked.</summary>
public sealed record CustomBehaviourText(string Label, string CategoryId, string Clarification);

/// <summary>
/// Behaviours a circle adds to the shipped catalogue: the same limits
/// as content files, their own id space, and the rule for which round first asks them.
/// </summary>
public static class CustomBehaviours
{
    public const string IdPrefix = "custom-";
    public const int MaxLabelLength = CatalogueParser.MaxLabelLength;
    public const int MaxClarificationLength = CatalogueParser.MaxClarificationLength;

    /// <summary>New behaviours one round may add to the questionnaire (docs/SECURITY.md, "Caps").</summary>
    public const int MaxPerRound = 40;

    /// <summary>Behaviours a circle may have in all; every later round asks them all.</summary>
    public const int MaxPerCircle = 100;

    /// <summary>Whether one more fits: <paramref name="inCircle"/> the circle has, <paramref name="inRound"/> of them first asked by the round it would join.</summary>
    public static CustomBehaviourRoom RoomFor(int inCircle, int inRound) =>
        inCircle >= MaxPerCircle ? CustomBehaviourRoom.CircleFull
        : inRound >= MaxPerRound ? CustomBehaviourRoom.RoundFull
        : CustomBehaviourRoom.Room;

    /// <summary>The behaviour id of a custom behaviour row: never clashes with content, which may not use the prefix.</summary>
    public static string IdFor(Guid rowId) => IdPrefix + rowId.ToString("N");

    public static bool IsCustomId(string behaviourId) => behaviourId.StartsWith(IdPrefix, StringComparison.Ordinal);

    /// <summary>One line of text: trimmed, composed, runs of white space (line breaks too) made one space.</summary>
    public static string Normalize(string? text)
    {
        var value = PlainText.Normalize(text);
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static CustomTextProblem CheckLabel(string? label) => Check(label, MaxLabelLength, required: true);

    public static CustomTextProblem CheckClarification(string? clarification) => Check(clarification, MaxClarificationLength, required: false);

    /// <summary>
    /// The first round that asks a behaviour added now: the open round if nobody has submitted it yet,
    /// otherwise the one after it (answers already given are never invalidated).
    /// </summary>
    public static int FirstRoundFor(int latestRound, bool latestRevealed, int submittedInLatest) =>
        latestRevealed || submittedInLatest > 0 ? latestRound + 1 : latestRound;

    /// <summary>The catalogue a round asks: the shipped one plus the circle's behaviours, each at the end of its category.</summary>
    public static BehaviourCatalogue Extend(BehaviourCatalogue catalogue, IEnumerable<Behaviour> custom)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var extra = custom.Where(b => catalogue.FindCategory(b.CategoryId) is not null && catalogue.Find(b.Id) is null).ToList();
        if (extra.Count == 0)
        {
            return catalogue;
        }

        var ordered = catalogue.Categories
            .SelectMany(c => catalogue.InCategory(c.Id).Concat(extra.Where(b => b.CategoryId == c.Id)))
            .ToList();
        return new BehaviourCatalogue(catalogue.Categories, ordered);
    }

    private static CustomTextProblem Check(string? text, int max, bool required)
    {
        var value = Normalize(text);
        if (value.Length == 0)
        {
            return required ? CustomTextProblem.Empty : CustomTextProblem.None;
        }

        if (value.EnumerateRunes().Count() > max)
        {
            return CustomTextProblem.TooLong;
        }

        return PlainText.HasInvisibleCharacters(value) ? CustomTextProblem.InvalidCharacters : CustomTextProblem.None;
    }
}
