using SamePage.Core.Catalogue;

namespace SamePage.Core.Comparisons;

/// <summary>How much there is to talk about in one category, for one pair.</summary>
/// <param name="Compared">Behaviours both answered, leaving out "doesn't apply".</param>
/// <param name="Level">0 (nothing to talk about) to 4 (most of the category), for shading.</param>
public sealed record HeatCell(Category Category, Guid First, Guid Second, int HotSpots, int TalkAboutIt, int Compared, int Level)
{
    public int Differences => HotSpots + TalkAboutIt;
}

/// <summary>A picture of the gaps: every category against every pair.</summary>
public sealed record HeatMap(IReadOnlyList<Category> Categories, IReadOnlyList<(Guid First, Guid Second)> Pairs, IReadOnlyList<HeatCell> Cells)
{
    public const int Levels = 5;

    // The page asks for every cell twice (picture and table): found by key, not by a search of every cell.
    private Dictionary<(string Category, Guid First, Guid Second), HeatCell>? _byKey;

    public HeatCell Cell(Category category, (Guid First, Guid Second) pair)
    {
        ArgumentNullException.ThrowIfNull(category);
        _byKey ??= Cells.ToDictionary(c => (c.Category.Id, c.First, c.Second));
        return _byKey.TryGetValue((category.Id, pair.First, pair.Second), out var cell)
            ? cell
            : throw new InvalidOperationException("The heat map has no such cell.");
    }

    /// <summary>
    /// The shade of a cell from the share of its behaviours that are hot spots or worth talking about;
    /// a hot spot anywhere in the category lifts it to at least the middle shade.
    /// </summary>
    public static int LevelOf(int hotSpots, int talkAboutIt, int compared)
    {
        if (compared == 0 || hotSpots + talkAboutIt == 0)
        {
            return 0;
        }

        var share = (double)(hotSpots + talkAboutIt) / compared;
        var level = share switch
        {
            < 0.25 => 1,
            < 0.5 => 2,
            < 0.75 => 3,
            _ => 4,
        };
        return hotSpots > 0 ? Math.Max(level, 2) : level;
    }

    public static HeatMap From(RoundComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var pairs = comparison.Pairs();
        var cells = new List<HeatCell>();
        IReadOnlyList<Category> categories = [];
        foreach (var pair in pairs)
        {
            // Only the counts: the ordered items of every pair are not needed for the picture.
            var summaries = comparison.CategorySummaries(pair.First, pair.Second);
            categories = summaries.Select(c => c.Category).ToList();
            foreach (var summary in summaries)
            {
                var counted = summary.HotSpots + summary.TalkAboutIt + summary.Close + summary.Aligned;
                cells.Add(new HeatCell(summary.Category, pair.First, pair.Second, summary.HotSpots, summary.TalkAboutIt, counted,
                    LevelOf(summary.HotSpots, summary.TalkAboutIt, counted)));
            }
        }

        // Only categories every pair answered something in, so the grid has no holes.
        var pairsIn = cells.GroupBy(c => c.Category.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var complete = categories.Where(c => pairsIn.GetValueOrDefault(c.Id) == pairs.Count).ToList();
        var kept = complete.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new HeatMap(complete, pairs, [.. cells.Where(c => kept.Contains(c.Category.Id))]);
    }
}
