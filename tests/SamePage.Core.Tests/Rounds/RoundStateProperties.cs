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

    [Property(MaxTest = 500)]
    public Property Once_revealed_a_round_stays_revealed_and_it_reveals_exactly_when_two_or_more_members_have_all_submitted() =>
        Prop.ForAll(Scripts, script =>
        {
            var round = RoundState.Start(script.Starting.Select(i => People[i]));
            foreach (var (op, person) in script.Steps)
            {
                var before = round.Phase;
                var membersBefore = round.Members.ToHashSet();
                var submittedBefore = round.Submitted.ToHashSet();

                Apply(round, op, People[person]);

                Assert.Subset(round.Members.ToHashSet(), round.Submitted.ToHashSet());
                if (before == RoundPhase.Revealed)
                {
                    Assert.Equal(RoundPhase.Revealed, round.Phase);
                    Assert.True(membersBefore.SetEquals(round.Members), "members changed after the reveal");
                    Assert.True(submittedBefore.SetEquals(round.Submitted), "submissions changed after the reveal");
                }
                else
                {
                    var complete = round.Members.Count >= RoundState.MinimumToReveal && round.Submitted.SetEquals(round.Members);
                    Assert.Equal(complete ? RoundPhase.Revealed : RoundPhase.Open, round.Phase);
                }
            }
        });

    private static void Apply(RoundState round, Op op, Guid person)
    {
        switch (op)
        {
            case Op.Join:
                round.Join(person);
                break;
            case Op.Leave:
                round.Leave(person);
                break;
            default:
                round.Submit(person);
                break;
        }
    }
}
