using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Comparisons;

public class TalkAgendaTests
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

    private static RoundComparison Round(params (Guid Member, Stance[] Answers)[] members) =>
        new(Catalogue, members.ToDictionary(
            m => m.Member,
            m => (IReadOnlyDictionary<string, Stance>)Catalogue.Behaviours.Select((b, i) => (b.Id, m.Answers[i])).ToDictionary(x => x.Id, x => x.Item2)));

    [Fact]
    public void The_agenda_holds_hot_spots_then_what_is_worth_a_talk_and_nothing_close_or_aligned()
    {
        var pair = Round((Ana, [Fine, Fine, Fine, Fine]), (Ben, [TellMe, Unsure, Betrayal, Fine])).Compare(Ana, Ben);

        var agenda = TalkAgenda.For(pair);

        Assert.Equal(["sexting", "kissing"], agenda.Items.Select(i => i.Behaviour.Id));
        Assert.Equal(1, agenda.IndexOf("kissing"));
        Assert.Equal(-1, agenda.IndexOf("hugging"));
        Assert.Equal(-1, agenda.IndexOf(null));
    }

    [Fact]
    public void A_topic_is_the_same_whichever_way_round_the_pair_is_named()
    {
        Assert.Equal(new TalkTopic("sexting", Ana, Ben), new TalkTopic("sexting", Ben, Ana));
        Assert.NotEqual(new TalkTopic("sexting", Ana, Ben), new TalkTopic("sexting", Ana, Cai));
        Assert.NotEqual(new TalkTopic("sexting", Ana, Ben), new TalkTopic("kissing", Ana, Ben));
    }

    [Fact]
    public void Marks_count_for_their_pair_only_and_picking_up_starts_at_the_first_not_yet_talked_about()
    {
        var round = Round((Ana, [Fine, Fine, Fine, Fine]), (Ben, [Betrayal, Unsure, Betrayal, Fine]), (Cai, [Betrayal, Unsure, Betrayal, Fine]));
        var anaAndBen = TalkAgenda.For(round.Compare(Ana, Ben));
        var benAndAna = TalkAgenda.For(round.Compare(Ben, Ana));
        var anaAndCai = TalkAgenda.For(round.Compare(Ana, Cai));
        var talked = new TalkedAbout();

        Assert.Equal(0, anaAndBen.StartIndex(talked));
        Assert.True(talked.Mark(anaAndBen.TopicOf(anaAndBen.Items[0])));
        Assert.False(talked.Mark(benAndAna.TopicOf(benAndAna.Items[0])));

        Assert.Equal(1, anaAndBen.TalkedCount(talked));
        Assert.Equal(1, benAndAna.TalkedCount(talked));
        Assert.Equal(0, anaAndCai.TalkedCount(talked));
        Assert.Equal(1, anaAndBen.StartIndex(talked));

        talked.Mark(anaAndBen.TopicOf(anaAndBen.Items[1]));
        talked.Mark(anaAndBen.TopicOf(anaAndBen.Items[2]));
        Assert.Equal(3, anaAndBen.Items.Count);
        Assert.Equal(0, anaAndBen.StartIndex(talked)); // all done: back to the top

        Assert.True(talked.Unmark(new TalkTopic(anaAndBen.Items[2].Behaviour.Id, Ben, Ana)));
        Assert.False(talked.Unmark(new TalkTopic(anaAndBen.Items[2].Behaviour.Id, Ben, Ana)));
        Assert.Equal(2, anaAndBen.StartIndex(talked));
    }

    [Fact]
    public void With_nothing_worth_talking_about_the_agenda_is_empty()
    {
        var agenda = TalkAgenda.For(Round((Ana, [Fine, Fine, Fine, Fine]), (Ben, [Fine, TellMe, Fine, Fine])).Compare(Ana, Ben));

        Assert.Empty(agenda.Items);
        Assert.Equal(-1, agenda.StartIndex(new TalkedAbout()));
    }
}
