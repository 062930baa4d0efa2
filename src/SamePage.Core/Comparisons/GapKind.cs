namespace SamePage.Core.Comparisons;

/// <summary>How two answers to one behaviour relate, in the order a couple should talk about them.</summary>
public enum GapKind
{
    HotSpot = 0,
    TalkAboutIt = 1,
    Close = 2,
    Aligned = 3,
    /// <summary>At least one said "Doesn't apply to us"; left out of the discussion.</summary>
    Skipped = 4,
}
