using FsCheck.Xunit;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Comparisons;

[Properties(Arbitrary = [typeof(StanceArbitraries)])]
public class PairVerdictProperties
{
    [Property]
    public void Classification_does_not_depend_on_who_is_first(Stance a, Stance b)
    {
        var ab = PairVerdict.Classify(a, b);
        var ba = PairVerdict.Classify(b, a);

        Assert.Equal(ab.Kind, ba.Kind);
        Assert.Equal(ab.Gap, ba.Gap);
    }

    [Property]
    public void Every_pair_gets_a_defined_kind(Stance a, Stance b)
    {
        Assert.True(Enum.IsDefined(PairVerdict.Classify(a, b).Kind));
    }

    [Property]
    public void Gap_is_missing_exactly_when_a_stance_is_off_the_scale(Stance a, Stance b)
    {
        var verdict = PairVerdict.Classify(a, b);
        var offScale = a is Stance.Unsure or Stance.NotApplicable || b is Stance.Unsure or Stance.NotApplicable;

        Assert.Equal(offScale, verdict.Gap is null);
        if (!offScale)
        {
            Assert.Equal(Math.Abs((int)a.Ordinal()! - (int)b.Ordinal()!), verdict.Gap);
        }
    }

    [Property]
    public void Verdict_keeps_the_stances_in_the_order_given(Stance a, Stance b)
    {
        var verdict = PairVerdict.Classify(a, b);

        Assert.Equal((a, b), (verdict.First, verdict.Second));
    }
}
