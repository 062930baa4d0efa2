using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Rounds;

namespace SamePage.Core.Tests.Rounds;

public class RoundStateProperties
{
    public enum Op
    {
        Join,
        Leave,
        Submit,
    }

    private static readonly Guid[] People = [.. Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8]))];

    /// <summary>Who starts in the round, then a sequence of joins, leaves and submits by people 0..4.</summary>
    public sealed record Script(int[] Starting, (Op Op, int Person)[] Steps)
    {
        public override string ToString() =>
            $"start [{string.Join(",", Starting)}]; {string.Join("; ", Steps.Select(s => $"{s.Op} {s.Person}"))}";
    }

    private static readonly Arbitrary<Script> Scripts =
        Gen.Zip(
            Gen.SubListOf(Enumerable.Range(0, People.Length)).Select(l => l.ToArray()),
            Gen.ArrayOf(Gen.Zip(Gen.Elements(Op.Join, Op.Leave, Op.Submit, Op.Submit), Gen.Choose(0, People.Length - 1))),
            (starting, steps) => new Script(starting, steps))
        .ToArbitrary();

    /// <summary>
    /// The round as the desk keeps it: the circle's members, who submitted, and the stored "revealed"
    /// flag; the state is rebuilt from them at every step and what a transition changed is stored.
    /// </summary>
    private sealed class StoredRound(IEnumerable<Guid> members)
    {
        public HashSet<Guid> Circle { get; } = [.. members];

        public HashSet<Guid> Submitted { get; } = [];

        public bool Revealed { get; private set; }

        public int Reveals { get; private set; }

        public RoundState State()
        {
            if (Revealed)
            {
                var stillHere = Submitted.Where(Circle.Contains).ToList();
                return RoundState.Restore(stillHere, stillHere, revealed: true);
            }

            var (state, change) = RoundState.Settle(Circle, Submitted, revealed: false);
            Store(change);
            return state;
        }

        public void Apply(Op op, Guid person)
        {
            switch (op)
            {
                case Op.Join:
                    Circle.Add(person);
                    break;
                case Op.Leave:
                    // Leaving ends the membership, and its answers with it.
                    Circle.Remove(person);
                    Submitted.Remove(person);
                    break;
                default:
                    var submission = State().Submit(person);
                    if (submission.Outcome == SubmitOutcome.Submitted)
                    {
                        Submitted.Add(person);
                    }

                    Store(submission.Change);
                    break;
            }
        }

        private void Store(RoundChange change)
        {
            if (change.Revealed)
            {
                Assert.False(Revealed, "a round was revealed twice");
                (Revealed, Reveals) = (true, Reveals + 1);
            }
        }
    }

    [Property(MaxTest = 500)]
    public Property Once_revealed_a_round_stays_revealed_and_it_reveals_exactly_when_two_or_more_members_have_all_submitted() =>
        Prop.ForAll(Scripts, script =>
        {
            var stored = new StoredRound(script.Starting.Select(i => People[i]));
            var round = stored.State();
            foreach (var (op, person) in script.Steps)
            {
                var before = round.Phase;
                var membersBefore = round.Members.ToHashSet();
                var submittedBefore = round.Submitted.ToHashSet();

                stored.Apply(op, People[person]);
                round = stored.State();

                Assert.Subset(round.Members.ToHashSet(), round.Submitted.ToHashSet());
                Assert.Equal(round.Phase == RoundPhase.Revealed ? 1 : 0, stored.Reveals);
                if (before == RoundPhase.Revealed)
                {
                    // After the reveal nobody new joins the round and nothing more is submitted; someone may leave it.
                    Assert.Equal(RoundPhase.Revealed, round.Phase);
                    Assert.Subset(membersBefore, round.Members.ToHashSet());
                    Assert.Subset(submittedBefore, round.Submitted.ToHashSet());
                    Assert.True(round.Submitted.SetEquals(round.Members), "someone in a revealed round had not taken part");
                }
                else
                {
                    var complete = round.Members.Count >= RoundState.MinimumToReveal && round.Submitted.SetEquals(round.Members);
                    Assert.Equal(complete ? RoundPhase.Revealed : RoundPhase.Open, round.Phase);
                }
            }
        });
}
