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
    private static readonly DateTime At = new(2026, 3, 2, 20, 0, 0, DateTimeKind.Utc);

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
            var concern = ConcernCase.Restore(author, shared: false, [], 0, null);
            HashSet<Guid> chosen = [];
            foreach (var (op, person, picked, outcome) in script.Steps)
            {
                var who = People[person];
                var before = concern.Stage;
                var revision = concern.Revision;
                var outsider = !concern.IsInvolved(who);
                ConcernChange? change = null;
                switch (op)
                {
                    case Op.Share:
                        var picks = picked.Select(i => People[i]).ToList();
                        var share = concern.Share(who, picks, Circle, Written, At);
                        Assert.Equal(share.Outcome == ShareOutcome.Shared, share.Changed);
                        change = share.Change;
                        if (share.Outcome == ShareOutcome.Shared)
                        {
                            Assert.Equal(picks.Order(), share.Change!.SharedWith.Order());
                            chosen = [.. picks];
                            Assert.Equal(author, who);
                        }

                        break;
                    case Op.Respond:
                        var respond = concern.Respond(who, At);
                        Assert.Equal(outsider, respond.Outcome == RespondOutcome.NotFound);
                        Assert.Equal(respond.Outcome == RespondOutcome.Allowed, respond.Changed);
                        change = respond.Change;
                        break;
                    case Op.Close:
                        var close = concern.Close(who, outcome, At);
                        Assert.Equal(outsider, close.Outcome == CloseOutcome.NotFound);
                        Assert.Equal(close.Outcome == CloseOutcome.Closed, close.Changed);
                        change = close.Change;
                        break;
                }

                if (outsider && op != Op.Share)
                {
                    Assert.Equal(before, concern.Stage);
                }

                Assert.True(concern.Stage >= before, $"{before} went back to {concern.Stage}");

                // A change says the stage it left the concern in, and only a change moves the revision on (by one).
                Assert.Equal(change is null ? revision : revision + 1, concern.Revision);
                Assert.True(change is null || (change.Stage == concern.Stage && change.Revision == concern.Revision && change.By == who));
                Assert.All(People, p => Assert.Equal(p == author || (concern.IsShared && chosen.Contains(p)), concern.IsInvolved(p)));
            }
        });
}
