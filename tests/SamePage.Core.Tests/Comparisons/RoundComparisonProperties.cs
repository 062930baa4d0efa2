using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Comparisons;

public class RoundComparisonProperties
{
    private static readonly BehaviourCatalogue Catalogue = new(
        [.. Enumerable.Range(0, 3).Select(c => new Category($"category-{c}", $"Category {c}", "Some behaviours."))],
        [.. Enumerable.Range(0, 12).Select(b => new Behaviour($"behaviour-{b}", $"category-{b % 3}", $"Behaviour {b}", "An example.", false))]);

    /// <summary>A round of 2 to 8 members, each answering a random part of the catalogue with random stances.</summary>
    public sealed record Answers(IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> ByMember)
    {
        public override string ToString() => string.Join(" | ", ByMember.Values.Select(m => string.Join(",", m.Select(kv => $"{kv.Key[10..]}={kv.Value}"))));
    }

    private static readonly Gen<IReadOnlyDictionary<string, Stance>> OneMember =
        Gen.CollectToList(Catalogue.Behaviours, b => Gen.Zip(Gen.Elements(true, true, false), StanceArbitraries.AnyStance, (answered, stance) => (b.Id, answered, stance)))
            .Select(IReadOnlyDictionary<string, Stance> (all) => all.Where(x => x.answered).ToDictionary(x => x.Id, x => x.stance));

    private static readonly Arbitrary<Answers> Rounds =
        Gen.Choose(2, 8)
            .SelectMany(count => Gen.ListOf(OneMember, count))
            .Select(members => new Answers(members.Select((m, i) => (Id: new Guid(i + 1, 0, 0, new byte[8]), m)).ToDictionary(x => x.Id, x => x.m)))
            .ToArbitrary();

    private static IEnumerable<(Guid First, Guid Second)> OrderedPairs(Answers answers) =>
        answers.ByMember.Keys.SelectMany(a => answers.ByMember.Keys.Where(b => b != a).Select(b => (a, b)));

    [Property]
    public Property Comparing_either_way_round_classifies_every_behaviour_the_same() =>
        Prop.ForAll(Rounds, answers =>
        {
            var round = new RoundComparison(Catalogue, answers.ByMember);
            foreach (var (a, b) in round.Pairs())
            {
                var ab = round.Compare(a, b).Items;
                var ba = round.Compare(b, a).Items;
                Assert.Equal(ab.Select(i => (i.Behaviour.Id, i.Verdict.Kind, i.Verdict.Gap)), ba.Select(i => (i.Behaviour.Id, i.Verdict.Kind, i.Verdict.Gap)));
                Assert.All(ab.Zip(ba), x => Assert.Equal((x.First.Verdict.First, x.First.Verdict.Second), (x.Second.Verdict.Second, x.Second.Verdict.First)));
            }
        });

    [Property]
    public Property Every_behaviour_both_answered_appears_exactly_once() =>
        Prop.ForAll(Rounds, answers =>
        {
            var round = new RoundComparison(Catalogue, answers.ByMember);
            foreach (var (a, b) in OrderedPairs(answers))
            {
                var expected = Catalogue.Behaviours
                    .Where(x => answers.ByMember[a].ContainsKey(x.Id) && answers.ByMember[b].ContainsKey(x.Id))
                    .Select(x => x.Id);
                var items = round.Compare(a, b).Items;
                Assert.Equal(expected.Order(), items.Select(i => i.Behaviour.Id).Order());
                Assert.All(items, i => Assert.Equal(PairVerdict.Classify(answers.ByMember[a][i.Behaviour.Id], answers.ByMember[b][i.Behaviour.Id]), i.Verdict));
            }
        });

    [Property]
    public Property Items_are_ordered_by_kind_hot_spots_first_then_by_larger_gap() =>
        Prop.ForAll(Rounds, answers =>
        {
            var round = new RoundComparison(Catalogue, answers.ByMember);
            foreach (var (a, b) in round.Pairs())
            {
                var keys = round.Compare(a, b).Items.Select(i => (Kind: (int)i.Verdict.Kind, NegGap: -(i.Verdict.Gap ?? 0))).ToList();
                Assert.Equal(keys.Order(), keys);
            }
        });

    [Property]
    public Property Category_summaries_add_up_to_the_items() =>
        Prop.ForAll(Rounds, answers =>
        {
            var round = new RoundComparison(Catalogue, answers.ByMember);
            foreach (var (a, b) in round.Pairs())
            {
                var comparison = round.Compare(a, b);
                foreach (var kind in Enum.GetValues<GapKind>())
                {
                    Assert.Equal(comparison.Count(kind), comparison.Categories.Sum(s => s.Count(kind)));
                }
            }
        });

    [Property]
    public Property Biggest_gaps_hold_only_hot_spots_and_talk_about_it_sorted_most_important_first() =>
        Prop.ForAll(Rounds, answers =>
        {
            var gaps = new RoundComparison(Catalogue, answers.ByMember).BiggestGaps(limit: int.MaxValue);

            Assert.All(gaps, g => Assert.True(g.Verdict.Kind is GapKind.HotSpot or GapKind.TalkAboutIt, $"{g.Behaviour.Id} is {g.Verdict.Kind}"));
            var keys = gaps.Select(g => (Kind: (int)g.Verdict.Kind, NegGap: -(g.Verdict.Gap ?? 0))).ToList();
            Assert.Equal(keys.Order(), keys);
            Assert.Equal(gaps.Count, gaps.Select(g => g.Behaviour.Id).Distinct().Count());
        });

    [Property]
    public Property Biggest_gaps_give_each_behaviour_its_most_important_pair() =>
        Prop.ForAll(Rounds, answers =>
        {
            var round = new RoundComparison(Catalogue, answers.ByMember);
            var gaps = round.BiggestGaps(limit: int.MaxValue).ToDictionary(g => g.Behaviour.Id);
            foreach (var behaviour in Catalogue.Behaviours)
            {
                var worst = OrderedPairs(answers)
                    .Where(p => answers.ByMember[p.First].ContainsKey(behaviour.Id) && answers.ByMember[p.Second].ContainsKey(behaviour.Id))
                    .Select(p => PairVerdict.Classify(answers.ByMember[p.First][behaviour.Id], answers.ByMember[p.Second][behaviour.Id]))
                    .OrderBy(v => v.Kind).ThenByDescending(v => v.Gap ?? 0)
                    .FirstOrDefault();
                if (worst is { Kind: GapKind.HotSpot or GapKind.TalkAboutIt })
                {
                    var gap = Assert.Contains(behaviour.Id, (IReadOnlyDictionary<string, CircleGap>)gaps);
                    Assert.Equal((worst.Kind, worst.Gap), (gap.Verdict.Kind, gap.Verdict.Gap));
                    Assert.Equal(gap.Verdict, PairVerdict.Classify(gap.Stances[gap.First], gap.Stances[gap.Second]));
                }
                else
                {
                    Assert.DoesNotContain(behaviour.Id, (IReadOnlyDictionary<string, CircleGap>)gaps);
                }
            }
        });
}
