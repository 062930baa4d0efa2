using SamePage.Core.CheckIns;
using static SamePage.Core.Tests.CheckIns.CheckInBuilders;

namespace SamePage.Core.Tests.CheckIns;

public class ScoreDropsTests
{
    [Fact]
    public void A_fall_of_two_in_feeling_secure_is_a_safety_drop_and_a_fall_of_one_is_not()
    {
        CheckInRecord[] history =
        [
            Record(1, (Ash, Scores(5)), (Bay, Scores(5))),
            Record(2, (Ash, Scores(5, (CheckInItems.Secure, 3))), (Bay, Scores(5, (CheckInItems.Secure, 4)))),
        ];

        var ash = Assert.Single(ScoreDrops.SafetyDropsFor(history, 2, Ash));
        Assert.Equal(new Drop(Ash, CheckInItems.Secure, 5, 3, 1), ash);
        Assert.Equal(2, ash.By);
        Assert.Empty(ScoreDrops.SafetyDropsFor(history, 2, Bay));
    }

    [Fact]
    public void Trusting_counts_for_safety_and_the_other_items_only_for_the_agenda()
    {
        CheckInRecord[] history =
        [
            Record(1, (Ash, Scores(6))),
            Record(2, (Ash, Scores(6, (CheckInItems.Trusting, 1), (CheckInItems.Heard, 2), (CheckInItems.Close, 0)))),
        ];

        Assert.Equal([CheckInItems.Trusting], ScoreDrops.SafetyDropsFor(history, 2, Ash).Select(d => d.Item));
        Assert.Equal([CheckInItems.Heard, CheckInItems.Close, CheckInItems.Trusting], ScoreDrops.At(history, 2, [Ash]).Select(d => d.Item));
    }

    [Fact]
    public void A_rise_is_never_a_drop_and_a_first_check_in_has_nothing_to_compare_with()
    {
        CheckInRecord[] history =
        [
            Record(1, (Ash, Scores(1))),
            Record(2, (Ash, Scores(6)), (Bay, Scores(0))),
        ];

        Assert.Empty(ScoreDrops.At(history, 1, [Ash, Bay]));
        Assert.Empty(ScoreDrops.At(history, 2, [Ash, Bay]));
        Assert.Empty(ScoreDrops.SafetyDropsFor(history, 2, Bay));
    }

    [Fact]
    public void A_member_is_compared_with_the_last_check_in_they_took_part_in()
    {
        // Bay joined after check-in 1, so Bay's check-in 3 is compared with check-in 2; Ash's with 2 too.
        CheckInRecord[] history =
        [
            Record(1, (Ash, Scores(6))),
            Record(2, (Ash, Scores(4)), (Bay, Scores(6))),
            Record(3, (Ash, Scores(3)), (Bay, Scores(3))),
        ];

        Assert.Equal(2, ScoreDrops.PreviousFor(history, 3, Bay)!.Number);
        Assert.Null(ScoreDrops.PreviousFor(history, 2, Bay));
        var drops = ScoreDrops.At(history, 3, [Ash, Bay]);
        Assert.All(drops, d => Assert.Equal(Bay, d.Member));
        Assert.All(drops, d => Assert.Equal(2, d.PreviousNumber));
        Assert.Equal(CheckInItems.All.Count, drops.Count);
    }

    [Fact]
    public void An_unknown_check_in_or_member_has_no_drops()
    {
        CheckInRecord[] history = [Record(1, (Ash, Scores(6))), Record(2, (Ash, Scores(0)))];

        Assert.Empty(ScoreDrops.At(history, 7, [Ash]));
        Assert.Empty(ScoreDrops.SafetyDropsFor(history, 2, Cy));
    }

    [Fact]
    public void Trends_list_a_members_scores_oldest_first_leaving_out_check_ins_they_missed()
    {
        CheckInRecord[] history =
        [
            Record(3, (Ash, Scores(2)), (Bay, Scores(5))),
            Record(1, (Ash, Scores(4))),
            Record(2, (Ash, Scores(3)), (Bay, Scores(6))),
        ];

        Assert.Equal([1, 2, 3], ScoreTrends.For(history, Ash, CheckInItems.Close).Select(p => p.Number));
        Assert.Equal([4, 3, 2], ScoreTrends.For(history, Ash, CheckInItems.Close).Select(p => p.Score));
        Assert.Equal([(2, 6), (3, 5)], ScoreTrends.For(history, Bay, CheckInItems.Close).Select(p => (p.Number, p.Score)));
    }
}
