using SamePage.Core.Guides;

namespace SamePage.Web.Rounds;

/// <summary>A conversation guide as a page shows it; folded when it already sits inside something one taps open.</summary>
public sealed record GuideView(GuideChoice Choice, bool Folded = false);
