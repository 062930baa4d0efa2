using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Concerns;

namespace SamePage.Core.Tests.Concerns;

public class ConcernCaseProperties
{
    public enum Op
    {
        Share,
        Respond,
        Close,
    }

    private static readonly Guid[] People = [.. Enumerable.Range(1, 4).Select(i => new Guid(i, 0, 0, new byte[8]))];
    private static readonly IReadOnlySet<Guid> Circle = People.ToHashSet();
    private static readonly ConcernDraft Written = new("Noticed", "Felt", null, "Need");

    /// <summary>Person 0 writes a draft; then anyone tries to share (with a subset), reply or close.</summary>
    public sealed record Script((Op Op, int Person, int[] Chosen, ConcernOutcome Outcome)[] Steps)
    {
        public override string ToString() => string.Join("; ", Steps.Select(s => $"{s.Op} by {s.Person} [{string.Join(",", s.Chosen)}] {s.Outcome}"));
    }

    private static readonly Arbitrary<Script> Scripts =
        Gen.ArrayOf(Gen.Zip(
                Gen.Zip(Gen.Elements(Op.Share, Op.Respond, Op.Close), Gen.Choose(0, People.Length - 1)),
                Gen.Zip(Gen.SubListOf(Enumerable.Range(0, People.Length)).Select(l => l.ToArray()), Gen.Elements(ConcernOutcomes.All.ToArray())),
                (a, b) => (a.Item1, a.Item2, b.Item1, b.Item2)))
        .Select(steps => new Script(steps))
        .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Nobody_outside_the_author_and_the_chosen_ever_changes_or_sees_a_concern_and_stages_only_move_forward() =>
        Prop.ForAll(Scripts, script =>
        {
            var author = People[0];
            var concern = ConcernCase.NewDraft(author);
            HashSet<Guid> chosen = [];
            foreach (var (op, person, picked, outcome) in script.Steps)
            {
                var who = People[person];
                var before = concern.Stage;
                var outsider = !concern.IsInvolved(who);
                switch (op)
                {
                    case Op.Share:
                        var picks = picked.Select(i => People[i]).ToList();
                        if (concern.Share(who, picks, Circle, Written) == ShareOutcome.Shared)
                        {
                            chosen = [.. picks];
                            Assert.Equal(author, who);
                        }

                        break;
                    case Op.Respond:
                        Assert.Equal(outsider, concern.Respond(who) == RespondOutcome.NotFound);
                        break;
                    case Op.Close:
                        Assert.Equal(outsider, concern.Close(who, outcome) == CloseOutcome.NotFound);
                        break;
                }

                if (outsider && op != Op.Share)
                {
                    Assert.Equal(before, concern.Stage);
                }

                Assert.True(concern.Stage >= before, $"{before} went back to {concern.Stage}");
                Assert.All(People, p => Assert.Equal(p == author || (concern.IsShared && chosen.Contains(p)), concern.IsInvolved(p)));
            }
        });
}
