using Microsoft.Extensions.Localization;
using SamePage.Core.CheckIns;

namespace SamePage.Web.CheckIns;

/// <summary>The words of a check-in: its questions in SamePage's own warm wording, the scale, the clause feelings, cadences.</summary>
public sealed class CheckInWords(IStringLocalizer<SharedResource> l)
{
    /// <summary>A short name for an item, for tables, charts and the agenda.</summary>
    public string Item(string item) => item switch
    {
        CheckInItems.Satisfied => l["Feeling satisfied"],
        CheckInItems.Secure => l["Feeling secure"],
        CheckInItems.Heard => l["Feeling heard"],
        CheckInItems.Close => l["Feeling close"],
        CheckInItems.Trusting => l["Feeling able to trust"],
        _ => item,
    };

    /// <summary>The question as the check-in asks it.</summary>
    public string Question(string item) => item switch
    {
        CheckInItems.Satisfied => l["Thinking about the last little while, how content are you with your relationship?"],
        CheckInItems.Secure => l["How safe and settled do you feel with your partner(s) right now?"],
        CheckInItems.Heard => l["When you share what's on your mind, how listened to do you feel?"],
        CheckInItems.Close => l["How close and connected do you feel these days?"],
        CheckInItems.Trusting => l["How much do you feel you can trust and rely on your partner(s)?"],
        _ => item,
    };

    /// <summary>What a score means, for the ends and the middle of the scale; other points are just their number.</summary>
    public string Score(int score) => score switch
    {
        CheckInItems.MinScore => l["{0} – not at all", score],
        3 => l["{0} – somewhat", score],
        CheckInItems.MaxScore => l["{0} – completely", score],
        _ => score.ToString(System.Globalization.CultureInfo.CurrentCulture),
    };

    public string Feeling(ClauseFeeling feeling) => feeling switch
    {
        ClauseFeeling.StillFits => l["Still fits"],
        ClauseFeeling.HardToKeep => l["Feels hard to keep"],
        _ => l["I'd like to revisit it"],
    };

    public string Cadence(CheckInCadence cadence) => cadence switch
    {
        CheckInCadence.Weekly => l["Weekly"],
        CheckInCadence.Fortnightly => l["Every two weeks"],
        _ => l["Monthly"],
    };

    /// <summary>What an everyday calendar shows: nothing about who or what, only that it is time.</summary>
    public string CalendarSummary => l["SamePage: check in together"];

    public string CalendarDescription(Uri link) => l["Time for your regular check-in. Open it in SamePage: {0}", link];
}
