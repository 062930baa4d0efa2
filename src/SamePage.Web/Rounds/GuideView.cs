using SamePage.Core.Guides;

namespace SamePage.Web.Rounds;

/// <summary>A conversation guide as a page shows it; folded when it already sits inside something one taps open.</summary>
public sealed record GuideView(GuideChoice Choice, bool Folded = false);

/// <summary>The links under one difference on the comparison: write it into the agreement, or talk it through.</summary>
public sealed record DifferenceActions(string Label, string SuggestHref, string TalkHref);
