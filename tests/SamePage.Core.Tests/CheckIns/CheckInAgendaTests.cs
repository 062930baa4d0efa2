using SamePage.Core.CheckIns;
using static SamePage.Core.Tests.CheckIns.CheckInBuilders;

namespace SamePage.Core.Tests.CheckIns;

public class CheckInAgendaTests
{
    private static readonly Guid[] Circle = [Ash, Bay, Cy];
    private static readonly Guid[] Clauses = [ClauseOne, ClauseTwo, ClauseThree];

    [Fact]
    public void Flagged_clauses_come_in_the_agreements_order_with_who_flagged_them_which_way()
    {
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Ash] = Scores(4).With(ClauseThree, ClauseFeeling.HardToKeep).With(ClauseOne, ClauseFeeling.StillFits),
            [Bay] = Scores(4).With(ClauseThree, ClauseFeeling.WantToRevisit).With(ClauseOne, ClauseFeeling.WantToRevisit),
            [Cy] = Scores(4).With(ClauseThree, ClauseFeeling.HardToKeep).With(ClauseTwo, ClauseFeeling.StillFits),
        };

        var agenda = CheckInAgenda.Build(Circle, answers, [], Clauses);

        Assert.Equal([ClauseOne, ClauseThree], agenda.Flags.Select(f => f.ClauseId));
        Assert.Empty(agenda.Flags[0].HardToKeep);
        Assert.Equal([Bay], agenda.Flags[0].WantToRevisit);
        Assert.Equal([Ash, Cy], agenda.Flags[1].HardToKeep);
        Assert.Equal([Bay], agenda.Flags[1].WantToRevisit);
        Assert.True(agenda.HasReview);
    }

    [Fact]
    public void A_clause_everyone_says_still_fits_is_not_on_the_agenda_and_nor_is_a_clause_it_cannot_name()
    {
        var stranger = Guid.NewGuid();
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Ash] = Scores(5).With(ClauseOne, ClauseFeeling.StillFits).With(stranger, ClauseFeeling.WantToRevisit),
            [Bay] = Scores(5).With(ClauseOne, ClauseFeeling.StillFits),
        };

        var agenda = CheckInAgenda.Build([Ash, Bay], answers, [], Clauses);

        Assert.Empty(agenda.Flags);
        Assert.False(agenda.HasReview);
        Assert.Equal([new ActionPoint(ActionKind.OneSmallThing)], agenda.ActionPoints);
    }

    [Fact]
    public void Topics_are_everyones_one_per_line_in_the_circles_order()
    {
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Bay] = Scores(3) with { Topics = "- Holidays with my family\n\n* Who does the dishes" },
            [Ash] = Scores(3) with { Topics = "Weekend plans" },
            [Cy] = Scores(3),
        };

        var agenda = CheckInAgenda.Build(Circle, answers, [], Clauses);

        Assert.Equal(
            [new Topic(Ash, "Weekend plans"), new Topic(Bay, "Holidays with my family"), new Topic(Bay, "Who does the dishes")],
            agenda.Topics);
        Assert.Contains(new ActionPoint(ActionKind.ChooseTopics), agenda.ActionPoints);
    }

    [Fact]
    public void Two_topics_fit_one_conversation_so_there_is_no_need_to_choose()
    {
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Ash] = Scores(3) with { Topics = "One\nTwo" },
            [Bay] = Scores(3),
        };

        Assert.DoesNotContain(new ActionPoint(ActionKind.ChooseTopics), CheckInAgenda.Build([Ash, Bay], answers, [], []).ActionPoints);
    }

    [Fact]
    public void Appreciations_close_the_conversation_and_empty_ones_are_left_out()
    {
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Ash] = Scores(5) with { Appreciation = "You made soup when I was ill." },
            [Bay] = Scores(5),
            [Cy] = Scores(5) with { Appreciation = "Thank you for listening on Sunday." },
        };

        var agenda = CheckInAgenda.Build(Circle, answers, [], []);

        Assert.Equal([new Appreciation(Ash, "You made soup when I was ill."), new Appreciation(Cy, "Thank you for listening on Sunday.")], agenda.Appreciations);
    }

    [Fact]
    public void Action_points_follow_the_review_revisit_before_ease_then_hearing_members_and_always_one_small_thing_last()
    {
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Ash] = Scores(2).With(ClauseTwo, ClauseFeeling.HardToKeep),
            [Bay] = Scores(5).With(ClauseOne, ClauseFeeling.HardToKeep),
            [Cy] = Scores(5).With(ClauseOne, ClauseFeeling.WantToRevisit),
        };
        Drop[] drops = [new(Ash, CheckInItems.Heard, 5, 2, 1), new(Ash, CheckInItems.Satisfied, 4, 2, 1)];

        var agenda = CheckInAgenda.Build(Circle, answers, drops, Clauses);

        Assert.Equal(
            [
                new ActionPoint(ActionKind.RevisitClause, ClauseId: ClauseOne),
                new ActionPoint(ActionKind.EaseClause, ClauseId: ClauseTwo),
                new ActionPoint(ActionKind.HearMember, Member: Ash),
                new ActionPoint(ActionKind.OneSmallThing),
            ],
            agenda.ActionPoints);
        // Drops are listed in the item order of a check-in, whatever order they came in.
        Assert.Equal([CheckInItems.Satisfied, CheckInItems.Heard], agenda.Drops.Select(d => d.Item));
    }

    [Fact]
    public void Only_those_who_took_part_appear_whatever_else_is_passed_in()
    {
        var answers = new Dictionary<Guid, CheckInAnswers>
        {
            [Ash] = Scores(4) with { Topics = "Ours", Appreciation = "Thanks" },
            [Bay] = Scores(4),
        };
        Drop[] drops = [new(Cy, CheckInItems.Secure, 6, 1, 1)];

        var agenda = CheckInAgenda.Build([Ash, Bay, Cy], answers, drops, Clauses);

        Assert.Empty(agenda.Drops);
        Assert.DoesNotContain(agenda.ActionPoints, a => a.Member == Cy);
        Assert.All(agenda.Topics, t => Assert.Equal(Ash, t.Member));
    }
}
