using Microsoft.Extensions.Localization;
using SamePage.Core.Comparisons;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Web.Circles;

namespace SamePage.Web.Rounds;

/// <summary>The words for stances and kinds of difference ("Stance scale", "Comparison").</summary>
public sealed class RoundWords(IStringLocalizer<SharedResource> l)
{
    public string Stance(Stance stance) => stance switch
    {
        Core.Stances.Stance.Fine => l["Fine with me — no need to mention it"],
        Core.Stances.Stance.TellMe => l["Fine, but I'd like to know"],
        Core.Stances.Stance.AskFirst => l["Please check with me first"],
        Core.Stances.Stance.Hurts => l["It would hurt — depends, let's talk"],
        Core.Stances.Stance.Betrayal => l["That would feel like a betrayal"],
        Core.Stances.Stance.Unsure => l["Not sure yet"],
        _ => l["Doesn't apply to us"],
    };

    /// <summary>The few words on a segment of the stance scale; the full <see cref="Stance"/> wording goes with it for screen readers.</summary>
    public string ShortStance(Stance stance) => stance switch
    {
        Core.Stances.Stance.Fine => l["Fine"],
        Core.Stances.Stance.TellMe => l["Tell me"],
        Core.Stances.Stance.AskFirst => l["Ask first"],
        Core.Stances.Stance.Hurts => l["Hurts"],
        Core.Stances.Stance.Betrayal => l["Betrayal"],
        Core.Stances.Stance.Unsure => l["Not sure"],
        _ => l["Doesn't apply"],
    };

    /// <summary>The questionnaire's progress line: "23 of 63 · about 9 minutes left" (see <see cref="QuestionnairePace"/>).</summary>
    public string Progress(int answered, int total) => QuestionnairePace.MinutesLeft(answered, total) switch
    {
        0 => l["{0} of {1} · all answered", answered, total],
        1 => l["{0} of {1} · about a minute left", answered, total],
        var minutes => l["{0} of {1} · about {2} minutes left", answered, total, minutes],
    };

    public string Kind(GapKind kind) => kind switch
    {
        GapKind.HotSpot => l["Hot spot"],
        GapKind.TalkAboutIt => l["Talk about it"],
        GapKind.Close => l["Close"],
        GapKind.Aligned => l["Aligned"],
        _ => l["Doesn't apply"],
    };

    public string KindExplanation(GapKind kind) => kind switch
    {
        GapKind.HotSpot => l["You see this very differently. Start here, gently, when you both have time."],
        GapKind.TalkAboutIt => l["A real difference, or someone isn't sure yet. Worth a conversation."],
        GapKind.Close => l["One step apart. A quick check-in is probably enough."],
        GapKind.Aligned => l["You answered the same."],
        _ => l["At least one of you said this doesn't apply to your relationship."],
    };

    /// <summary>A participant as the comparison names them: "You" for the viewer, otherwise their name in the circle.</summary>
    public string Name(MemberView member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.IsYou ? l["You"] : member.DisplayName;
    }

    /// <summary>How many answers moved since the earlier round: "1 answer changed".</summary>
    public string AnswersChanged(int count) => count switch
    {
        0 => l["nobody's answers changed"],
        1 => l["1 answer changed"],
        _ => l["{0} answers changed", count],
    };
}
