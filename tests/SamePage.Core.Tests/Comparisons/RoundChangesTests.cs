using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Comparisons;

public class RoundChangesTests
{
    private static readonly Guid Ana = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Ben = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Cai = new("00000000-0000-0000-0000-00000000000c");

    private static readonly BehaviourCatalogue Catalogue = new(
        [new Category("physical", "Physical", "Touch."), new Category("online", "Online", "Apps.")],
        [
            new Behaviour("hugging", "physical", "Hugging someone", "A long hug.", false),
            new Behaviour("kissing", "physical", "Kissing someone", "On the lips.", false),
            new Behaviour("sexting", "online", "Sexting", "Sexual messages.", false),
            new Behaviour("dating-app", "online", "A dating-app profile", "Even inactive.", false),
        ]);

    private static Dictionary<Guid, IReadOnlyDictionary<string, Stance>> Round(params (Guid Member, (string Id, Stance Stance)[] Answers)[] members) =>
        members.ToDictionary(m => m.Member, m => (IReadOnlyDictionary<string, Stance>)m.Answers.ToDictionary(a => a.Id, a => a.Stance));

    [Fact]
    public void Changed_answers_are_listed_in_catalogue_order_then_in_the_current_rounds_member_order()
    {
        var previous = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine), ("sexting", Hurts)]),
            (Ben, [("hugging", Fine), ("kissing", Betrayal), ("sexting", Hurts)]));
        var current = Round(
            (Ben, [("hugging", TellMe), ("kissing", Betrayal), ("sexting", Unsure)]),
            (Ana, [("hugging", AskFirst), ("kissing", Fine), ("sexting", Hurts)]));

        var changes = RoundChanges.Between(Catalogue, previous, current);

        Assert.Equal(
            [("hugging", Ben, Fine, TellMe), ("hugging", Ana, Fine, AskFirst), ("sexting", Ben, Hurts, Unsure)],
            changes.Changes.Select(c => (c.Behaviour.Id, c.Member, c.Before, c.After)));
        Assert.Equal([Ben, Ana], changes.ComparedMembers);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Members_in_only_one_round_and_behaviours_answered_only_once_or_not_in_the_catalogue_are_left_out()
    {
        var previous = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine), ("retired", Fine)]),
            (Ben, [("hugging", Fine)]),
            (Cai, [("hugging", Fine)]));
        var current = Round(
            (Ana, [("hugging", Fine), ("sexting", Betrayal), ("retired", Betrayal)]),
            (Ben, [("hugging", Fine), ("kissing", Betrayal)]));

        var changes = RoundChanges.Between(Catalogue, previous, current);

        Assert.Equal([Ana, Ben], changes.ComparedMembers);
        Assert.True(changes.IsEmpty);
        Assert.Empty(changes.Changes);
        Assert.Empty(changes.Shifts);
    }

    [Fact]
    public void A_hot_spot_that_becomes_close_is_a_shift_closer()
    {
        var previous = Round((Ana, [("kissing", Fine)]), (Ben, [("kissing", Betrayal)]));
        var current = Round((Ana, [("kissing", Fine)]), (Ben, [("kissing", TellMe)]));

        var shift = Assert.Single(RoundChanges.Between(Catalogue, previous, current).Shifts);

        Assert.Equal((Ana, Ben, ShiftDirection.Closer), (shift.First, shift.Second, shift.Direction));
        Assert.Equal(PairVerdict.Classify(Fine, Betrayal), shift.Before);
        Assert.Equal(PairVerdict.Classify(Fine, TellMe), shift.After);
    }

    [Fact]
    public void An_aligned_pair_that_drifts_to_talk_about_it_is_a_shift_further_apart()
    {
        var previous = Round((Ana, [("sexting", AskFirst)]), (Ben, [("sexting", AskFirst)]));
        var current = Round((Ana, [("sexting", AskFirst)]), (Ben, [("sexting", Unsure)]));

        var shift = Assert.Single(RoundChanges.Between(Catalogue, previous, current).Shifts);

        Assert.Equal(ShiftDirection.FurtherApart, shift.Direction);
        Assert.Equal((GapKind.Aligned, GapKind.TalkAboutIt), (shift.Before.Kind, shift.After.Kind));
    }

    [Fact]
    public void Within_the_same_kind_a_larger_gap_is_further_apart()
    {
        var previous = Round((Ana, [("kissing", TellMe)]), (Ben, [("kissing", Betrayal)]));
        var current = Round((Ana, [("kissing", Fine)]), (Ben, [("kissing", Betrayal)]));

        var shift = Assert.Single(RoundChanges.Between(Catalogue, previous, current).Shifts);

        Assert.Equal((GapKind.HotSpot, 3, GapKind.HotSpot, 4), (shift.Before.Kind, shift.Before.Gap, shift.After.Kind, shift.After.Gap));
        Assert.Equal(ShiftDirection.FurtherApart, shift.Direction);
    }

    [Fact]
    public void Both_moving_by_the_same_amount_changes_answers_but_not_how_far_apart_the_pair_is()
    {
        var previous = Round((Ana, [("hugging", Fine)]), (Ben, [("hugging", AskFirst)]));
        var current = Round((Ana, [("hugging", TellMe)]), (Ben, [("hugging", Hurts)]));

        var changes = RoundChanges.Between(Catalogue, previous, current);

        Assert.Equal(2, changes.Changes.Count);
        Assert.Empty(changes.Shifts);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Doesnt_apply_on_either_side_is_never_a_shift()
    {
        var previous = Round((Ana, [("hugging", Fine), ("kissing", NotApplicable)]), (Ben, [("hugging", NotApplicable), ("kissing", Fine)]));
        var current = Round((Ana, [("hugging", Fine), ("kissing", Fine)]), (Ben, [("hugging", Betrayal), ("kissing", Betrayal)]));

        var changes = RoundChanges.Between(Catalogue, previous, current);

        Assert.Equal(3, changes.Changes.Count);
        Assert.Empty(changes.Shifts);
    }

    [Fact]
    public void Shifts_come_in_catalogue_order_then_pair_order()
    {
        var previous = Round(
            (Ana, [("hugging", Fine), ("kissing", Fine)]),
            (Ben, [("hugging", Fine), ("kissing", Fine)]),
            (Cai, [("hugging", Fine), ("kissing", Fine)]));
        var current = Round(
            (Ana, [("hugging", Fine), ("kissing", Betrayal)]),
            (Ben, [("hugging", Fine), ("kissing", Fine)]),
            (Cai, [("hugging", Betrayal), ("kissing", Fine)]));

        var shifts = RoundChanges.Between(Catalogue, previous, current).Shifts;

        Assert.Equal(
            [("hugging", Ana, Cai), ("hugging", Ben, Cai), ("kissing", Ana, Ben), ("kissing", Ana, Cai)],
            shifts.Select(s => (s.Behaviour.Id, s.First, s.Second)));
        Assert.All(shifts, s => Assert.Equal(ShiftDirection.FurtherApart, s.Direction));
    }

    [Fact]
    public void Changes_of_a_member_are_only_theirs()
    {
        var previous = Round((Ana, [("hugging", Fine), ("kissing", Fine)]), (Ben, [("hugging", Fine)]));
        var current = Round((Ana, [("hugging", Hurts), ("kissing", Fine)]), (Ben, [("hugging", TellMe)]));

        var changes = RoundChanges.Between(Catalogue, previous, current);

        Assert.Equal([("hugging", Fine, Hurts)], changes.ChangesOf(Ana).Select(c => (c.Behaviour.Id, c.Before, c.After)));
        Assert.Equal([("hugging", Fine, TellMe)], changes.ChangesOf(Ben).Select(c => (c.Behaviour.Id, c.Before, c.After)));
        Assert.Empty(changes.ChangesOf(Cai));
    }
}
