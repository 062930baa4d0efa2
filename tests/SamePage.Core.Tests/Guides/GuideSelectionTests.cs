using SamePage.Core.Comparisons;
using SamePage.Core.Guides;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Guides;

public class GuideSelectionTests
{
    private static readonly GuideBook Book = new(
        ["Listen first."],
        [
            new ConversationGuide(GuideKind.HotSpot, "exes", ["I'd like to hear you.", "I noticed we differ.", "Can we talk?"], ["What?", "Why?", "How?"]),
            new ConversationGuide(GuideKind.TalkAboutIt, "exes", ["Talk one."], ["A?", "B?", "C?"]),
            new ConversationGuide(GuideKind.Close, "exes", ["Close one."], ["A?", "B?", "C?"]),
            new ConversationGuide(GuideKind.Unsure, "exes", ["Unsure one."], ["A?", "B?", "C?"]),
        ]);

    [Theory]
    [InlineData(Fine, Betrayal, GuideKind.HotSpot)]
    [InlineData(Fine, AskFirst, GuideKind.TalkAboutIt)]
    [InlineData(Hurts, Hurts, GuideKind.TalkAboutIt)]
    [InlineData(TellMe, AskFirst, GuideKind.Close)]
    [InlineData(Unsure, Fine, GuideKind.Unsure)]
    [InlineData(Betrayal, Unsure, GuideKind.Unsure)]
    [InlineData(Unsure, Unsure, GuideKind.Unsure)]
    public void The_kind_of_guide_follows_the_pairs_answers(Stance a, Stance b, GuideKind expected)
    {
        Assert.Equal(expected, GuideBook.KindFor(PairVerdict.Classify(a, b)));
    }

    [Theory]
    [InlineData(Fine, Fine)]
    [InlineData(Betrayal, Betrayal)]
    [InlineData(NotApplicable, Betrayal)]
    [InlineData(Unsure, NotApplicable)]
    public void Agreement_and_doesnt_apply_need_no_guide(Stance a, Stance b)
    {
        Assert.Null(GuideBook.KindFor(PairVerdict.Classify(a, b)));
        Assert.Null(Book.For("meets-ex", "exes", PairVerdict.Classify(a, b)));
    }

    [Fact]
    public void The_same_answers_always_show_the_same_guide_whichever_partner_looks()
    {
        var one = Book.For("meets-ex", "exes", PairVerdict.Classify(Fine, Betrayal));
        var again = Book.For("meets-ex", "exes", PairVerdict.Classify(Fine, Betrayal));
        var otherSide = Book.For("meets-ex", "exes", PairVerdict.Classify(Betrayal, Fine));

        Assert.NotNull(one);
        Assert.Equal(one.Opening, again!.Opening);
        Assert.Equal(one.Opening, otherSide!.Opening);
        Assert.Equal(["What?", "Why?", "How?"], one.Questions);
    }

    [Fact]
    public void Different_behaviours_draw_on_every_opening_of_a_guide()
    {
        var openings = Enumerable.Range(0, 60)
            .Select(i => Book.For($"behaviour-{i}", "exes", PairVerdict.Classify(Fine, Betrayal))!.Opening)
            .Distinct()
            .Count();
        Assert.Equal(3, openings);
    }

    [Fact]
    public void A_category_without_a_guide_gets_none_rather_than_an_error()
    {
        Assert.Null(Book.For("watches-porn", "solo", PairVerdict.Classify(Fine, Betrayal)));
    }

    [Fact]
    public void The_stable_hash_does_not_change_between_runs()
    {
        // FNV-1a of "a": a fixed, published value; string.GetHashCode would differ per process.
        Assert.Equal(0xE40C292Cu, GuideBook.StableHash("a"));
    }
}
