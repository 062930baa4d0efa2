using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.CheckIns;
using static SamePage.Core.Tests.CheckIns.CheckInBuilders;

namespace SamePage.Core.Tests.CheckIns;

public class ScoreDropsProperties
{
    private static readonly Gen<int> Score = Gen.Choose(CheckInItems.MinScore, CheckInItems.MaxScore);

    private static readonly Gen<CheckInAnswers> Answers =
        Gen.ArrayOf(Score, CheckInItems.All.Count).Select(s =>
            new CheckInAnswers(
                CheckInItems.All.Select((item, i) => (item, i)).ToDictionary(x => x.item, x => s[x.i], StringComparer.Ordinal),
                new Dictionary<Guid, ClauseFeeling>(), string.Empty, string.Empty));

    /// <summary>A history of up to six check-ins; each has Ash or not, Bay or not.</summary>
    private static readonly Arbitrary<CheckInRecord[]> Histories =
        Gen.Choose(1, 6).SelectMany(count =>
            Gen.ArrayOf(Gen.Zip(Gen.Zip(Answers, Answers), Gen.Elements(0, 1, 2, 3)), count).Select(rows =>
                rows.Select((row, i) =>
                {
                    var ((ash, bay), who) = row;
                    var present = new List<(Guid, CheckInAnswers)>();
                    if (who != 1)
                    {
                        present.Add((Ash, ash));
                    }

                    if (who != 2)
                    {
                        present.Add((Bay, bay));
                    }

                    return Record(i + 1, [.. present]);
                }).ToArray()))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_drop_is_exactly_a_fall_of_two_or_more_since_the_members_previous_check_in() =>
        Prop.ForAll(Histories, history =>
        {
            foreach (var record in history)
            {
                var drops = ScoreDrops.At(history, record.Number, [Ash, Bay]);
                foreach (var member in new[] { Ash, Bay })
                {
                    var previous = history.Where(r => r.Number < record.Number && r.TookPart(member)).MaxBy(r => r.Number);
                    foreach (var item in CheckInItems.All)
                    {
                        var expected = record.TookPart(member) && previous is not null
                            && previous.Answers[member].Scores[item] - record.Answers[member].Scores[item] >= ScoreDrops.Threshold;
                        Assert.Equal(expected, drops.Any(d => d.Member == member && d.Item == item));
                    }

                    // The private suggestion is about secure and trusting only, and never about anyone else.
                    var safety = ScoreDrops.SafetyDropsFor(history, record.Number, member);
                    Assert.All(safety, d => Assert.Equal(member, d.Member));
                    Assert.Equal(
                        drops.Where(d => d.Member == member && CheckInItems.Safety.Contains(d.Item)).ToList(),
                        safety);
                }

                Assert.All(drops, d => Assert.True(d.By >= ScoreDrops.Threshold && d.PreviousNumber < record.Number));
            }
        });

    [Property(MaxTest = 200)]
    public Property Everything_flagged_topics_and_appreciations_reach_the_agenda_and_nothing_else_does() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements<ClauseFeeling?>(null, ClauseFeeling.StillFits, ClauseFeeling.HardToKeep, ClauseFeeling.WantToRevisit), 6).ToArbitrary(),
            feelings =>
            {
                Guid[] clauses = [ClauseOne, ClauseTwo, ClauseThree];
                var answers = new Dictionary<Guid, CheckInAnswers>();
                foreach (var (member, offset) in new[] { (Ash, 0), (Bay, 3) })
                {
                    var a = Scores(3);
                    for (var c = 0; c < clauses.Length; c++)
                    {
                        if (feelings[offset + c] is { } f)
                        {
                            a = a.With(clauses[c], f);
                        }
                    }

                    answers[member] = a;
                }

                var agenda = CheckInAgenda.Build([Ash, Bay], answers, [], clauses);
                foreach (var clause in clauses)
                {
                    var flaggedBy = answers.Where(kv => kv.Value.Feeling(clause) is { } f && f.IsFlag()).Select(kv => kv.Key).ToHashSet();
                    var flag = agenda.Flags.SingleOrDefault(f => f.ClauseId == clause);
                    Assert.Equal(flaggedBy.Count > 0, flag is not null);
                    if (flag is not null)
                    {
                        Assert.True(flaggedBy.SetEquals(flag.HardToKeep.Concat(flag.WantToRevisit)));
                        Assert.Single(agenda.ActionPoints, a => a.ClauseId == clause);
                    }
                }

                Assert.Equal(ActionKind.OneSmallThing, agenda.ActionPoints[^1].Kind);
            });
}
