namespace SamePage.Core.Styles;

/// <summary>How far apart two answers to a style item are.</summary>
public enum StyleGap
{
    /// <summary>Three or four steps apart: worth naming, with the group's explanation and guide.</summary>
    FarApart = 0,

    /// <summary>Two steps apart.</summary>
    Different = 1,

    /// <summary>The same answer or one step apart.</summary>
    Alike = 2,
}

/// <summary>One style item as two members answered it (steps from 0 to <see cref="StyleBook.MaxStep"/>).</summary>
public sealed record ComparedStyle(StyleItem Item, int First, int Second)
{
    public int Gap => Math.Abs(First - Second);

    public StyleGap Kind => Classify(First, Second);

    /// <summary>Symmetric in its arguments.</summary>
    public static StyleGap Classify(int first, int second) => Math.Abs(first - second) switch
    {
        >= 3 => StyleGap.FarApart,
        2 => StyleGap.Different,
        _ => StyleGap.Alike,
    };
}

/// <summary>One topic of "How I connect" as two members answered it: the items both answered, in page order.</summary>
public sealed record StyleGroupComparison(StyleGroup Group, IReadOnlyList<ComparedStyle> Items)
{
    public bool FarApart => Items.Any(i => i.Kind == StyleGap.FarApart);

    /// <summary>The item furthest apart (the first of them in page order).</summary>
    public ComparedStyle Widest => Items.OrderByDescending(i => i.Gap).First();
}

/// <summary>
/// Two members' ways of connecting, compared like stances: topics where both answered something, and
/// the topics where they are far apart, which related hot spots link to ("this may be a difference in
/// style, not in values"). Skipped items are simply left out.
/// </summary>
public sealed class StyleComparison
{
    private StyleComparison(IReadOnlyList<StyleGroupComparison> groups) => Groups = groups;

    /// <summary>Topics with at least one item both answered, in page order.</summary>
    public IReadOnlyList<StyleGroupComparison> Groups { get; }

    public IEnumerable<StyleGroupComparison> FarApart => Groups.Where(g => g.FarApart);

    public bool IsEmpty => Groups.Count == 0;

    public static StyleComparison Compare(StyleBook book, IReadOnlyDictionary<string, int> first, IReadOnlyDictionary<string, int> second)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var groups = new List<StyleGroupComparison>();
        foreach (var group in book.Groups)
        {
            var items = book.InGroup(group.Id)
                .Where(i => first.TryGetValue(i.Id, out var a) && StyleBook.IsStep(a) && second.TryGetValue(i.Id, out var b) && StyleBook.IsStep(b))
                .Select(i => new ComparedStyle(i, first[i.Id], second[i.Id]))
                .ToList();
            if (items.Count > 0)
            {
                groups.Add(new StyleGroupComparison(group, items));
            }
        }

        return new StyleComparison(groups);
    }

    /// <summary>The first far-apart topic related to a catalogue category, or null: where a hot spot there may be a difference in style.</summary>
    public StyleGroupComparison? RelatedTo(string categoryId) =>
        FarApart.FirstOrDefault(g => g.Group.RelatedCategories.Contains(categoryId, StringComparer.Ordinal));
}
