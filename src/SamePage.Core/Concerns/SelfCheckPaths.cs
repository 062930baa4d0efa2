namespace SamePage.Core.Concerns;

/// <summary>
/// Why I may be acting in ways that hurt my partner. The names are stored inside
/// sealed self-checks, so they never change.
/// </summary>
public enum SelfCheckReason
{
    /// <summary>I didn't realise it mattered; now I do, and I can stop.</summary>
    DidntRealise,

    /// <summary>I'm seeking attention elsewhere that I wish I got from my partner.</summary>
    SeekingAttention,

    /// <summary>I'm no longer invested in the relationship.</summary>
    NoLongerInvested,
}

/// <summary>A concrete next step at the end of a self-check path; the pages give each its words and link.</summary>
public enum SelfCheckStep
{
    /// <summary>Now that you know, you can simply stop.</summary>
    StopNow,

    /// <summary>Perhaps tell your partner, in your own words.</summary>
    TellYourPartner,

    /// <summary>If the line wasn't clear, write it into your agreement together.</summary>
    ClarifyTheAgreement,

    /// <summary>Name, for yourself, what the attention gives you that you miss.</summary>
    NameWhatYouMiss,

    /// <summary>A reason to talk with your partner, with a conversation starter in "I" language.</summary>
    TalkWithYourPartner,

    /// <summary>Pause the exchanges that stand in for that closeness while you talk.</summary>
    PauseTheStandIn,

    /// <summary>Be honest with yourself about how long you've felt this way.</summary>
    BeHonestWithYourself,

    /// <summary>Talk with your partner kindly, and soon, rather than letting it drift.</summary>
    TalkKindly,

    /// <summary>A counsellor can help, together or on your own.</summary>
    ConsiderSupport,

    /// <summary>It may be time to consider ending: the parting path says what that means here.</summary>
    ConsiderParting,
}

/// <summary>Each reason's path: its concrete next steps, in order.</summary>
public static class SelfCheckPaths
{
    public static IReadOnlyList<SelfCheckReason> Reasons { get; } = Enum.GetValues<SelfCheckReason>();

    public static bool IsReason(SelfCheckReason reason) => Enum.IsDefined(reason);

    public static IReadOnlyList<SelfCheckStep> NextSteps(SelfCheckReason reason) => reason switch
    {
        SelfCheckReason.DidntRealise => [SelfCheckStep.StopNow, SelfCheckStep.TellYourPartner, SelfCheckStep.ClarifyTheAgreement],
        SelfCheckReason.SeekingAttention => [SelfCheckStep.NameWhatYouMiss, SelfCheckStep.TalkWithYourPartner, SelfCheckStep.PauseTheStandIn, SelfCheckStep.ConsiderSupport],
        SelfCheckReason.NoLongerInvested => [SelfCheckStep.BeHonestWithYourself, SelfCheckStep.TalkKindly, SelfCheckStep.ConsiderSupport, SelfCheckStep.ConsiderParting],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a self-check reason."),
    };
}
