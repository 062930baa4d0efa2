using Microsoft.Extensions.Localization;
using SamePage.Core.SoundingBoards;

namespace SamePage.Web.SoundingBoards;

/// <summary>The words of sounding-board links that pages and forms share.</summary>
public sealed class SoundingBoardWords(IStringLocalizer<SharedResource> l)
{
    public string Problem(LinkProblem problem) => problem switch
    {
        LinkProblem.NothingChosen => l["Choose at least one answer to share."],
        LinkProblem.TooMuchChosen => l["That's more than one link can carry. Choose {0} answers or fewer.", SoundingBoardRules.MostPieces],
        LinkProblem.LabelTooLong => l["Keep the name to {0} characters or fewer.", SoundingBoardRules.LabelLimit],
        LinkProblem.Lifetime => l["Choose how long the link lasts: from 1 hour to 14 days."],
        LinkProblem.Opens => l["Choose how many times it can be opened: from 1 to {0}.", SoundingBoardRules.MostOpens],
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Not a link problem."),
    };

    public string Lifetime(int hours) => hours switch
    {
        1 => l["1 hour"],
        24 => l["1 day"],
        72 => l["3 days"],
        168 => l["1 week"],
        336 => l["2 weeks"],
        _ => l["{0} hours", hours],
    };
}
