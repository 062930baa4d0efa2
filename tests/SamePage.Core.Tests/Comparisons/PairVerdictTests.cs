using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using static SamePage.Core.Comparisons.GapKind;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Comparisons;

public class PairVerdictTests
{
    // All 49 ordered pairs, worked out by hand from the comparison rules:
    // Hot spot: Fine/TellMe against Betrayal, or gap >= 3. Talk about it: gap 2, any Unsure, both Hurts.
    // Close: gap 1. Aligned: same stance. Any "Doesn't apply" skips the pair. Off-scale stances have no gap.
    [Theory]
    [InlineData(Fine, Fine, 0, Aligned)]
    [InlineData(Fine, TellMe, 1, Close)]
    [InlineData(Fine, AskFirst, 2, TalkAboutIt)]
    [InlineData(Fine, Hurts, 3, HotSpot)]
    [InlineData(Fine, Betrayal, 4, HotSpot)]
    [InlineData(Fine, Unsure, null, TalkAboutIt)]
    [InlineData(Fine, NotApplicable, null, Skipped)]
    [InlineData(TellMe, Fine, 1, Close)]
    [InlineData(TellMe, TellMe, 0, Aligned)]
    [InlineData(TellMe, AskFirst, 1, Close)]
    [InlineData(TellMe, Hurts, 2, TalkAboutIt)]
    [InlineData(TellMe, Betrayal, 3, HotSpot)]
    [InlineData(TellMe, Unsure, null, TalkAboutIt)]
    [InlineData(TellMe, NotApplicable, null, Skipped)]
    [InlineData(AskFirst, Fine, 2, TalkAboutIt)]
    [InlineData(AskFirst, TellMe, 1, Close)]
    [InlineData(AskFirst, AskFirst, 0, Aligned)]
    [InlineData(AskFirst, Hurts, 1, Close)]
    [InlineData(AskFirst, Betrayal, 2, TalkAboutIt)]
    [InlineData(AskFirst, Unsure, null, TalkAboutIt)]
    [InlineData(AskFirst, NotApplicable, null, Skipped)]
    [InlineData(Hurts, Fine, 3, HotSpot)]
    [InlineData(Hurts, TellMe, 2, TalkAboutIt)]
    [InlineData(Hurts, AskFirst, 1, Close)]
    [InlineData(Hurts, Hurts, 0, TalkAboutIt)]
    [InlineData(Hurts, Betrayal, 1, Close)]
    [InlineData(Hurts, Unsure, null, TalkAboutIt)]
    [InlineData(Hurts, NotApplicable, null, Skipped)]
    [InlineData(Betrayal, Fine, 4, HotSpot)]
    [InlineData(Betrayal, TellMe, 3, HotSpot)]
    [InlineData(Betrayal, AskFirst, 2, TalkAboutIt)]
    [InlineData(Betrayal, Hurts, 1, Close)]
    [InlineData(Betrayal, Betrayal, 0, Aligned)]
    [InlineData(Betrayal, Unsure, null, TalkAboutIt)]
    [InlineData(Betrayal, NotApplicable, null, Skipped)]
    [InlineData(Unsure, Fine, null, TalkAboutIt)]
    [InlineData(Unsure, TellMe, null, TalkAboutIt)]
    [InlineData(Unsure, AskFirst, null, TalkAboutIt)]
    [InlineData(Unsure, Hurts, null, TalkAboutIt)]
    [InlineData(Unsure, Betrayal, null, TalkAboutIt)]
    [InlineData(Unsure, Unsure, null, TalkAboutIt)]
    [InlineData(Unsure, NotApplicable, null, Skipped)]
    [InlineData(NotApplicable, Fine, null, Skipped)]
    [InlineData(NotApplicable, TellMe, null, Skipped)]
    [InlineData(NotApplicable, AskFirst, null, Skipped)]
    [InlineData(NotApplicable, Hurts, null, Skipped)]
    [InlineData(NotApplicable, Betrayal, null, Skipped)]
    [InlineData(NotApplicable, Unsure, null, Skipped)]
    [InlineData(NotApplicable, NotApplicable, null, Skipped)]
    public void Every_stance_pair_gets_the_gap_and_kind_the_design_gives_it(Stance first, Stance second, int? gap, GapKind kind)
    {
        var verdict = PairVerdict.Classify(first, second);

        Assert.Equal(new PairVerdict(first, second, gap, kind), verdict);
    }

    [Fact]
    public void The_table_above_lists_every_ordered_pair_once()
    {
        var listed = typeof(PairVerdictTests)
            .GetMethod(nameof(Every_stance_pair_gets_the_gap_and_kind_the_design_gives_it))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => a.GetData(null!).Single())
            .Select(row => ((Stance)row[0], (Stance)row[1]))
            .ToList();

        var every = StanceScale.All.SelectMany(a => StanceScale.All.Select(b => (a, b))).ToList();
        Assert.Equal(49, every.Count);
        Assert.Equal(every.Order(), listed.Order());
    }
}
