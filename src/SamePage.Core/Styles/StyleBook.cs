using SamePage.Core.Guides;

namespace SamePage.Core.Styles;

/// <summary>How an item of "How I connect" is answered.</summary>
public enum StyleScale
{
    /// <summary>Rarely … all the time.</summary>
    Frequency,

    /// <summary>Between two ends, with three steps between them.</summary>
    Preference,
}

/// <summary>One statement about how I connect, e.g. "How often I'm active in group chats".</summary>
/// <param name="Id">A stable slug; answers are keyed by it.</param>
/// <param name="Left">For a preference, the first end; null for a frequency.</param>
/// <param name="Right">For a preference, the other end; null for a frequency.</param>
public sealed record StyleItem(string Id, string GroupId, string Label, StyleScale Scale, string? Left, string? Right);

/// <summary>
/// A topic of "How I connect": the catalogue categories it relates to, a kind explanation of how a
/// difference in it can feel when nobody has named it, and a conversation guide.
/// </summary>
public sealed record StyleGroup(
    string Id,
    string Title,
    IReadOnlyList<string> RelatedCategories,
    string Reading,
    IReadOnlyList<string> Openings,
    IReadOnlyList<string> Questions);

/// <summary>The "How I connect" items of one locale, in page order.</summary>
public sealed class StyleBook
{
    /// <summary>Every answer is a step from 0 (rarely, or the left end) to this.</summary>
    public const int MaxStep = 4;

    private readonly Dictionary<string, StyleItem> _items;
    private readonly Dictionary<string, StyleGroup> _groups;

    public StyleBook(IReadOnlyList<StyleGroup> groups, IReadOnlyList<StyleItem> items)
    {
        Groups = groups;
        Items = items;
        _items = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<StyleGroup> Groups { get; }

    public IReadOnlyList<StyleItem> Items { get; }

    public StyleItem? Find(string id) => _items.GetValueOrDefault(id);

    public StyleGroup? FindGroup(string id) => _groups.GetValueOrDefault(id);

    public IEnumerable<StyleItem> InGroup(string groupId) => Items.Where(i => i.GroupId == groupId);

    public static bool IsStep(int step) => step is >= 0 and <= MaxStep;

    /// <summary>The group's guide as the comparison shows it: one opening, picked by the group and the pair's steps, and every question.</summary>
    public static GuideChoice GuideFor(StyleGroup group, int first, int second)
    {
        ArgumentNullException.ThrowIfNull(group);
        var (low, high) = first <= second ? (first, second) : (second, first);
        var index = (int)(GuideBook.StableHash($"{group.Id}|{low}|{high}") % (uint)group.Openings.Count);
        return new GuideChoice(GuideKind.HotSpot, group.Openings[index], group.Questions);
    }
}
