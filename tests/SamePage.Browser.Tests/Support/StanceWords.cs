using SamePage.Core.Stances;

namespace SamePage.Browser.Tests.Support;

/// <summary>The words the pages use for each stance.</summary>
public static class StanceWords
{
    public static string Of(Stance stance) => stance switch
    {
        Stance.Fine => "Fine with me — no need to mention it",
        Stance.TellMe => "Fine, but I'd like to know",
        Stance.AskFirst => "Please check with me first",
        Stance.Hurts => "It would hurt — depends, let's talk",
        Stance.Betrayal => "That would feel like a betrayal",
        Stance.Unsure => "Not sure yet",
        _ => "Doesn't apply to us",
    };
}
