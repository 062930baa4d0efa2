using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Comparisons;

public class RoundComparisonTests
{
    private static readonly Guid Ana = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Ben = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Cai = new("00000000-0000-0000-0000-00000000000c");

    private static readonly BehaviourCatalogue Catalogue = new(
        [new Category("physical", "Physical", "Touch."), new Category("online", "Online", "Apps."), new Category("solo", "Solo", "Alone.")],
        [
            new Behaviour("hugging", "physical", "Hugging someone", "A long hug.", false),
            new Behaviour("kissing", "physical", "Kissing someone", "On the lips.", false),
            new Behaviour("sexting", "online", "Sexting", "Sexual messages.", false),
            new Behaviour("dating-app", "online", "A dating-app profile", "Even inactive.", false),
            new Behaviour("porn", "solo", "Watching porn", "Alone.", false),
        ]);

    private static RoundComparison Round(params (Guid Member, (string Id, Stance Stance)[] Answers)[] members) =>
        new(Catalogue, members.ToDictionary(
            m => m.Member,
            m => (IReadOnlyDictionary<string, Stance>)m.Answers.ToDictionary(a => a.Id, a => a.Stance)));

    [Fact]
    public void Items_come_most_important_first_then_by_larger_gap_then_in_catalogue_order()
    {
        var round = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine), ("sexting", Fine), ("dating-app", TellMe), ("porn", Fine)]),
            (Ben, [("hugging", TellMe), ("kissing", Hurts), ("sexting", Betrayal), ("dating-app", TellMe), ("porn", NotApplicable)]));

        var items = round.Compare(Ana, Ben).Items;

        Assert.Equal(["sexting", "kissing", "hugging", "dating-app", "porn"], items.Select(i => i.Behaviour.Id));
        Assert.Equal([GapKind.HotSpot, GapKind.HotSpot, GapKind.Close, GapKind.Aligned, GapKind.Skipped], items.Select(i => i.Verdict.Kind));
    }

    [Fact]
    public void Only_behaviours_both_members_answered_are_compared()
    {
        var round = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine)]),
            (Ben, [("kissing", Fine), ("porn", Fine)]));

        var comparison = round.Compare(Ana, Ben);

        Assert.Equal("kissing", Assert.Single(comparison.Items).Behaviour.Id);
    }

    [Fact]
    public void Category_summary_counts_each_kind_and_leaves_out_categories_with_nothing_compared()
    {
        var round = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine), ("sexting", Unsure), ("dating-app", NotApplicable)]),
            (Ben, [("hugging", Fine), ("kissing", Betrayal), ("sexting", AskFirst), ("dating-app", Fine)]));

        var summaries = round.Compare(Ana, Ben).Categories;

        Assert.Equal(["physical", "online"], summaries.Select(s => s.Category.Id));
        Assert.Equal(new CategorySummary(Catalogue.Categories[0], 1, 0, 0, 1, 0), summaries[0]);
        Assert.Equal(new CategorySummary(Catalogue.Categories[1], 0, 1, 0, 0, 1), summaries[1]);
        Assert.Equal(1, summaries[1].Count(GapKind.Skipped));
    }

    [Fact]
    public void Comparing_with_someone_who_did_not_take_part_is_refused()
    {
        var round = Round((Ana, [("hugging", Fine)]), (Ben, [("hugging", Fine)]));

        Assert.Throws<ArgumentException>(() => round.Compare(Ana, Cai));
    }

    [Fact]
    public void Pairs_lists_every_pair_of_three_members_once()
    {
        var round = Round((Ana, []), (Ben, []), (Cai, []));

        var pairs = round.Pairs().Select(p => new HashSet<Guid> { p.First, p.Second }).ToList();

        Assert.Equal(3, pairs.Count);
        Assert.Contains(pairs, p => p.SetEquals([Ana, Ben]));
        Assert.Contains(pairs, p => p.SetEquals([Ana, Cai]));
        Assert.Contains(pairs, p => p.SetEquals([Ben, Cai]));
    }

    [Fact]
    public void Biggest_gaps_name_the_pair_furthest_apart_and_leave_out_close_and_aligned_behaviours()
    {
        var round = Round(
            (Ana, [("hugging", Fine), ("kissing", TellMe), ("sexting", Fine)]),
            (Ben, [("hugging", Fine), ("kissing", TellMe), ("sexting", AskFirst)]),
            (Cai, [("hugging", TellMe), ("kissing", Betrayal), ("sexting", Fine)]));

        var gaps = round.BiggestGaps();

        Assert.Equal(["kissing", "sexting"], gaps.Select(g => g.Behaviour.Id));
        Assert.Equal(GapKind.HotSpot, gaps[0].Verdict.Kind);
        Assert.Contains(Cai, new[] { gaps[0].First, gaps[0].Second });
        Assert.Equal(3, gaps[0].Stances.Count);
        Assert.Equal(Betrayal, gaps[0].Stances[Cai]);
        Assert.Equal(GapKind.TalkAboutIt, gaps[1].Verdict.Kind);
        Assert.Contains(Ben, new[] { gaps[1].First, gaps[1].Second });
    }

    [Fact]
    public void Biggest_gaps_stop_at_the_limit()
    {
        var round = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine), ("sexting", Fine)]),
            (Ben, [("hugging", Betrayal), ("kissing", Hurts), ("sexting", Unsure)]));

        var gaps = round.BiggestGaps(limit: 2);

        Assert.Equal(["hugging", "kissing"], gaps.Select(g => g.Behaviour.Id));
    }
}
