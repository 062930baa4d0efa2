using SamePage.Core.Stances;

namespace SamePage.Core.Agreements;

/// <summary>How a comparison item becomes a first suggestion for a clause, which the partners then edit.</summary>
public static class Expectations
{
    /// <summary>
    /// The expectation that respects the more careful of two answers: nobody's line is crossed by the
    /// suggestion, and it is only ever a starting point. "Not sure yet" suggests asking first.
    /// </summary>
    public static Expectation Suggest(Stance first, Stance second)
    {
        var careful = new[] { first, second }
            .Select(ForStance)
            .Where(e => e is not null)
            .Select(e => e!.Value)
            .DefaultIfEmpty(Expectation.Custom)
            .Max();
        return careful;
    }

    /// <summary>The expectation a single stance asks for; null when it says nothing (doesn't apply).</summary>
    public static Expectation? ForStance(Stance stance) => stance switch
    {
        Stance.Fine => Expectation.Fine,
        Stance.TellMe => Expectation.TellMe,
        Stance.AskFirst or Stance.Hurts or Stance.Unsure => Expectation.AskFirst,
        Stance.Betrayal => Expectation.NotOk,
        _ => null,
    };
}
