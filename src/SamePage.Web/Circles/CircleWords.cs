using Microsoft.Extensions.Localization;
using SamePage.Core.Circles;

namespace SamePage.Web.Circles;

/// <summary>Kind words for every way joining or naming can go wrong.</summary>
public sealed class CircleWords(IStringLocalizer<SharedResource> l)
{
    public string? For(DisplayNameProblem problem) => problem switch
    {
        DisplayNameProblem.None => (string?)null,
        DisplayNameProblem.Empty => l["Please choose the name your partner(s) will see you by."],
        DisplayNameProblem.TooLong => l["Please keep your name to {0} characters or fewer.", CircleRules.MaxDisplayNameLength],
        DisplayNameProblem.InvalidCharacters => l["That name contains an invisible or control character. Please type it again using ordinary letters, digits or symbols."],
        DisplayNameProblem.Taken => l["Someone in this circle already goes by that name. Please choose another, so answers are never mixed up."],
        DisplayNameProblem.LooksLikeAnother => l["That name reads just like the name of someone already in this circle, even though a letter or two differs underneath. Please choose one that looks different, so nobody is mistaken for anyone else."],
        _ => l["Please choose a different name."],
    };

    public string? For(JoinOutcome outcome) => outcome switch
    {
        JoinOutcome.Joined or JoinOutcome.AlreadyMember or JoinOutcome.NameProblem => (string?)null,
        JoinOutcome.Malformed => l["That doesn't look like an invite code. Codes have 20 letters and digits, in four groups of five, like ABCDE-FGHJK-MNPQR-STVWX."],
        JoinOutcome.Unknown => l["We couldn't find that invite. It may have been mistyped, withdrawn, or have stopped working because someone joined or left the circle; please check with the person who sent it, who can make a new one."],
        JoinOutcome.Used => l["That invite has already been used. Each invite works once; please ask for a new one."],
        JoinOutcome.Expired => l["That invite has expired. Invites last 7 days; please ask for a new one."],
        JoinOutcome.Full => l["That circle already has 8 members, the most a circle can have."],
        _ => l["That invite can't be used. Please ask for a new one."],
    };
}
