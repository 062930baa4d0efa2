using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Core.Comparisons;

/// <summary>One behaviour as two members answered it.</summary>
public sealed record ComparedItem(Behaviour Behaviour, PairVerdict Verdict);

/// <summary>How a pair's answers fall in one category.</summary>
public sealed record CategorySummary(Category Category, int HotSpots, int TalkAboutIt, int Close, int Aligned, int Skipped)
{
    public int Count(GapKind kind) => kind switch
    {
        GapKind.HotSpot => HotSpots,
        GapKind.TalkAboutIt => TalkAboutIt,
        GapKind.Close => Close,
        GapKind.Aligned => Aligned,
        _ => Skipped,
    };
}

/// <summary>Everything two members answered, most important first, with a summary per category.</summary>
public sealed record PairComparison(Guid First, Guid Second, IReadOnlyList<ComparedItem> Items, IReadOnlyList<CategorySummary> Categories)
{
    public int Count(GapKind kind) => Items.Count(i => i.Verdict.Kind == kind);
}

/// <summary>For circles of three or more: a behaviour, the pair furthest apart on it, and every member's answer.</summary>
public sealed record CircleGap(Behaviour Behaviour, Guid First, Guid Second, PairVerdict Verdict, IReadOnlyDictionary<Guid, Stance> Stances);

/// <summary>
/// The comparison of a revealed round: for each pair of members, every behaviour
/// both answered, classified and ordered for discussion.
/// </summary>
public sealed class RoundComparison
{
    private readonly BehaviourCatalogue _catalogue;
    private readonly IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> _answers;

    /// <param name="answers">Each participating member's submitted answers, by behaviour id.</param>
    public RoundComparison(BehaviourCatalogue catalogue, IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> answers)
    {
        _catalogue = catalogue;
        _answers = answers;
    }

    public IReadOnlyCollection<Guid> Members => [.. _answers.Keys];

    /// <summary>Every unordered pair of members, each once.</summary>
    public IReadOnlyList<(Guid First, Guid Second)> Pairs()
    {
        var members = _answers.Keys.ToList();
        var pairs = new List<(Guid, Guid)>();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                pairs.Add((members[i], members[j]));
            }
        }

        return pairs;
    }

    public PairComparison Compare(Guid first, Guid second)
    {
        var items = ItemsOf(first, second);

        var ordered = items
            .Select((item, index) => (item, index))
            .OrderBy(x => x.item.Verdict.Kind)
            .ThenByDescending(x => x.item.Verdict.Gap ?? 0)
            .ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();

        return new PairComparison(first, second, ordered, Summaries(items));
    }

    /// <summary>
    /// A pair's counts per category, without ordering the items: the heat map needs only these, for
    /// every pair of the circle.
    /// </summary>
    internal IReadOnlyList<CategorySummary> CategorySummaries(Guid first, Guid second) =>
        Summaries(ItemsOf(first, second));

    // The behaviours both answered, in the catalogue's order, each with the pair's verdict.
    private List<ComparedItem> ItemsOf(Guid first, Guid second)
    {
        if (!_answers.TryGetValue(first, out var a) || !_answers.TryGetValue(second, out var b))
        {
            throw new ArgumentException("Both members must have taken part in the round.");
        }

        var items = new List<ComparedItem>();
        foreach (var behaviour in _catalogue.Behaviours)
        {
            if (a.TryGetValue(behaviour.Id, out var sa) && b.TryGetValue(behaviour.Id, out var sb))
            {
                items.Add(new ComparedItem(behaviour, PairVerdict.Classify(sa, sb)));
            }
        }

        return items;
    }

    // Counted in one pass over the items (a page compares every pair of a circle, so this runs often).
    private List<CategorySummary> Summaries(List<ComparedItem> items)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!counts.TryGetValue(item.Behaviour.CategoryId, out var of))
            {
                counts[item.Behaviour.CategoryId] = of = new int[5];
            }

            of[KindIndex(item.Verdict.Kind)]++;
        }

        var summaries = new List<CategorySummary>(counts.Count);
        foreach (var category in _catalogue.Categories)
        {
            if (counts.TryGetValue(category.Id, out var of))
            {
                summaries.Add(new CategorySummary(category, of[0], of[1], of[2], of[3], of[4]));
            }
        }

        return summaries;
    }

    private static int KindIndex(GapKind kind) => kind switch
    {
        GapKind.HotSpot => 0,
        GapKind.TalkAboutIt => 1,
        GapKind.Close => 2,
        GapKind.Aligned => 3,
        _ => 4,
    };

    /// <summary>
    /// The behaviours on which the circle is furthest apart: for each, the pair with the most important
    /// difference, hot spots first. Aligned, close and skipped behaviours are left out.
    /// </summary>
    public IReadOnlyList<CircleGap> BiggestGaps(int limit = 15)
    {
        // Every member's answers in an array, so each behaviour is one pass over the members (the page
        // asks for this on every view of a circle of three or more).
        var members = new List<(Guid Id, IReadOnlyDictionary<string, Stance> Answers)>(_answers.Count);
        foreach (var (id, answers) in _answers)
        {
            members.Add((id, answers));
        }

        var answered = new Stance?[members.Count];
        var gaps = new List<(CircleGap gap, int index)>();
        var index = 0;
        foreach (var behaviour in _catalogue.Behaviours)
        {
            for (var m = 0; m < members.Count; m++)
            {
                answered[m] = members[m].Answers.TryGetValue(behaviour.Id, out var stance) ? stance : null;
            }

            (int First, int Second, PairVerdict Verdict)? worst = null;
            for (var i = 0; i < members.Count; i++)
            {
                if (answered[i] is not { } sa)
                {
                    continue;
                }

                for (var j = i + 1; j < members.Count; j++)
                {
                    if (answered[j] is not { } sb)
                    {
                        continue;
                    }

                    var verdict = PairVerdict.Classify(sa, sb);
                    if (worst is null || IsMoreImportant(verdict, worst.Value.Verdict))
                    {
                        worst = (i, j, verdict);
                    }
                }
            }

            if (worst is { Verdict.Kind: GapKind.HotSpot or GapKind.TalkAboutIt } found)
            {
                var stances = new Dictionary<Guid, Stance>(members.Count);
                for (var m = 0; m < members.Count; m++)
                {
                    if (answered[m] is { } stance)
                    {
                        stances.Add(members[m].Id, stance);
                    }
                }

                gaps.Add((new CircleGap(behaviour, members[found.First].Id, members[found.Second].Id, found.Verdict, stances), index));
            }

            index++;
        }

        return [.. gaps
            .OrderBy(g => g.gap.Verdict.Kind)
            .ThenByDescending(g => g.gap.Verdict.Gap ?? 0)
            .ThenBy(g => g.index)
            .Take(limit)
            .Select(g => g.gap)];
    }

    private static bool IsMoreImportant(PairVerdict candidate, PairVerdict current) =>
        candidate.Kind < current.Kind || (candidate.Kind == current.Kind && (candidate.Gap ?? 0) > (current.Gap ?? 0));
}
