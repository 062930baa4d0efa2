using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Comparisons;

public class RoundChangesProperties
{
    private static readonly BehaviourCatalogue Catalogue = new(
        [.. Enumerable.Range(0, 3).Select(c => new Category($"category-{c}", $"Category {c}", "Some behaviours."))],
        [.. Enumerable.Range(0, 10).Select(b => new Behaviour($"behaviour-{b}", $"category-{b % 3}", $"Behaviour {b}", "An example.", false))]);

    private static readonly Guid[] People = [.. Enumerable.Range(1, 6).Select(i => new Guid(i, 0, 0, new byte[8]))];

    /// <summary>Two rounds of one circle; people may join or leave between them. Both list people in the same order.</summary>
    public sealed record TwoRounds(
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> Previous,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> Current)
    {
        public override string ToString() => $"before {Show(Previous)} / after {Show(Current)}";

        private static string Show(IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> round) =>
            string.Join(" | ", round.Select(m => $"p{Array.IndexOf(People, m.Key)}: {string.Join(",", m.Value.Select(kv => $"{kv.Key[10..]}={kv.Value}"))}"));
    }

    private static readonly Gen<IReadOnlyDictionary<string, Stance>> OneMembersAnswers =
        Gen.CollectToList(Catalogue.Behaviours, b => Gen.Zip(Gen.Elements(true, true, true, false), StanceArbitraries.AnyStance, (answered, stance) => (b.Id, answered, stance)))
            .Select(IReadOnlyDictionary<string, Stance> (all) => all.Where(x => x.answered).ToDictionary(x => x.Id, x => x.stance));

    /// <summary>The next round's answers: most kept from the round before, some changed, a few left unanswered.</summary>
    private static Gen<IReadOnlyDictionary<string, Stance>> Revisit(IReadOnlyDictionary<string, Stance> before) =>
        Gen.CollectToList(Catalogue.Behaviours, b => Gen.Zip(Gen.Choose(0, 5), StanceArbitraries.AnyStance, (roll, fresh) => (b.Id, roll, fresh)))
            .Select(IReadOnlyDictionary<string, Stance> (all) => all
                .Where(x => x.roll != 0)
                .ToDictionary(x => x.Id, x => x.roll >= 3 && before.TryGetValue(x.Id, out var kept) ? kept : x.fresh));

    /// <summary>Each person is in the earlier round only, the later only, neither, or (mostly) both.</summary>
    private static readonly Gen<TwoRounds> Pairs =
        Gen.CollectToList(People, p =>
                from presence in Gen.Choose(0, 7)
                from answers in OneMembersAnswers
                from next in Revisit(answers)
                select (p, Before: presence is not (1 or 2), After: presence is not (0 or 2), answers, next))
            .Select(people => new TwoRounds(
                people.Where(x => x.Before).ToDictionary(x => x.p, x => x.answers),
                people.Where(x => x.After).ToDictionary(x => x.p, x => x.next)));

    private static readonly Arbitrary<TwoRounds> Rounds = Pairs.ToArbitrary();

    private static (int Kind, int Gap) Importance(PairVerdict v) => (-(int)v.Kind, v.Gap ?? 0);

    [Property]
    public Property A_round_compared_with_itself_has_no_changes() =>
        Prop.ForAll(Rounds, rounds =>
        {
            var changes = RoundChanges.Between(Catalogue, rounds.Current, rounds.Current);

            Assert.True(changes.IsEmpty);
            Assert.Empty(changes.Changes);
            Assert.Empty(changes.Shifts);
            Assert.Equal(rounds.Current.Keys, changes.ComparedMembers);
        });

    [Property]
    public Property Swapping_the_rounds_swaps_before_and_after_of_every_change() =>
        Prop.ForAll(Rounds, rounds =>
        {
            var forward = RoundChanges.Between(Catalogue, rounds.Previous, rounds.Current);
            var backward = RoundChanges.Between(Catalogue, rounds.Current, rounds.Previous);

            Assert.Equal(forward.Changes.Select(c => (c.Behaviour, c.Member, c.Before, c.After)), backward.Changes.Select(c => (c.Behaviour, c.Member, c.After, c.Before)));
            Assert.Equal(forward.ComparedMembers, backward.ComparedMembers);
        });

    [Property]
    public Property Swapping_the_rounds_flips_the_direction_of_every_shift() =>
        Prop.ForAll(Rounds, rounds =>
        {
            var forward = RoundChanges.Between(Catalogue, rounds.Previous, rounds.Current).Shifts;
            var backward = RoundChanges.Between(Catalogue, rounds.Current, rounds.Previous).Shifts;

            Assert.Equal(forward.Count, backward.Count);
            Assert.All(forward.Zip(backward), x =>
            {
                Assert.Equal((x.First.Behaviour, x.First.First, x.First.Second), (x.Second.Behaviour, x.Second.First, x.Second.Second));
                Assert.Equal((x.First.Before, x.First.After), (x.Second.After, x.Second.Before));
                Assert.NotEqual(x.First.Direction, x.Second.Direction);
            });
        });

    [Property]
    public Property Changes_are_exactly_the_answers_that_differ_between_rounds() =>
        Prop.ForAll(Rounds, rounds =>
        {
            var expected =
                from behaviour in Catalogue.Behaviours
                from member in rounds.Current.Keys
                where rounds.Previous.ContainsKey(member)
                    && rounds.Previous[member].TryGetValue(behaviour.Id, out var before)
                    && rounds.Current[member].TryGetValue(behaviour.Id, out var after)
                    && before != after
                select new StanceChange(behaviour, member, rounds.Previous[member][behaviour.Id], rounds.Current[member][behaviour.Id]);

            Assert.Equal(expected, RoundChanges.Between(Catalogue, rounds.Previous, rounds.Current).Changes);
        });

    [Property]
    public Property Every_shift_matches_the_verdicts_of_both_rounds_and_points_the_right_way() =>
        Prop.ForAll(Rounds, rounds =>
        {
            var changes = RoundChanges.Between(Catalogue, rounds.Previous, rounds.Current);
            foreach (var shift in changes.Shifts)
            {
                var id = shift.Behaviour.Id;
                Assert.Equal(PairVerdict.Classify(rounds.Previous[shift.First][id], rounds.Previous[shift.Second][id]), shift.Before);
                Assert.Equal(PairVerdict.Classify(rounds.Current[shift.First][id], rounds.Current[shift.Second][id]), shift.After);
                Assert.NotEqual(GapKind.Skipped, shift.Before.Kind);
                Assert.NotEqual(GapKind.Skipped, shift.After.Kind);
                var further = Importance(shift.After).CompareTo(Importance(shift.Before));
                Assert.NotEqual(0, further);
                Assert.Equal(further > 0 ? ShiftDirection.FurtherApart : ShiftDirection.Closer, shift.Direction);
                Assert.True(changes.ChangesOf(shift.First).Any(c => c.Behaviour == shift.Behaviour) || changes.ChangesOf(shift.Second).Any(c => c.Behaviour == shift.Behaviour));
            }
        });

    [Property]
    public Property A_pair_whose_importance_changed_on_a_behaviour_both_answered_twice_always_shifts() =>
        Prop.ForAll(Rounds, rounds =>
        {
            var changes = RoundChanges.Between(Catalogue, rounds.Previous, rounds.Current);
            var members = changes.ComparedMembers;
            var expected = 0;
            foreach (var behaviour in Catalogue.Behaviours)
            {
                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        var (a, b) = (members[i], members[j]);
                        if (rounds.Previous[a].TryGetValue(behaviour.Id, out var pa) && rounds.Previous[b].TryGetValue(behaviour.Id, out var pb)
                            && rounds.Current[a].TryGetValue(behaviour.Id, out var ca) && rounds.Current[b].TryGetValue(behaviour.Id, out var cb))
                        {
                            var before = PairVerdict.Classify(pa, pb);
                            var after = PairVerdict.Classify(ca, cb);
                            if (before.Kind != GapKind.Skipped && after.Kind != GapKind.Skipped && Importance(before) != Importance(after))
                            {
                                expected++;
                            }
                        }
                    }
                }
            }

            Assert.Equal(expected, changes.Shifts.Count);
        });
}
