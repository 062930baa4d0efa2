using Microsoft.Extensions.Localization;
using SamePage.Core.Concerns;

namespace SamePage.Web.Concerns;

/// <summary>One next step as the page shows it: a title, what it means, perhaps words to start with, perhaps a link.</summary>
public sealed record StepWords(string Title, string Text, string? Starter, string? LinkText, string? LinkPath);

/// <summary>The words of the self-check: its reasons, each path's opening, its steps, and the message it can become.</summary>
public sealed class SelfCheckWords(IStringLocalizer<SharedResource> l)
{
    public string Reason(SelfCheckReason reason) => reason switch
    {
        SelfCheckReason.DidntRealise => l["I didn't realise it mattered"],
        SelfCheckReason.SeekingAttention => l["I've been looking elsewhere for attention I wish I got from my partner"],
        SelfCheckReason.NoLongerInvested => l["I'm not sure I'm invested in this relationship any more"],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a self-check reason."),
    };

    public string ReasonHint(SelfCheckReason reason) => reason switch
    {
        SelfCheckReason.DidntRealise => l["Nobody said where the line was, or it didn't seem like a big deal, and now you see it differently."],
        SelfCheckReason.SeekingAttention => l["Being noticed, listened to or wanted by someone else fills a gap you feel at home."],
        SelfCheckReason.NoLongerInvested => l["You've been pulling away, and part of you already feels out of the relationship."],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a self-check reason."),
    };

    /// <summary>What the path says first, before its steps.</summary>
    public string PathOpening(SelfCheckReason reason) => reason switch
    {
        SelfCheckReason.DidntRealise => l["That happens: nobody can keep to a line that was never said out loud. Now that you know, you can stop, and that is most of the repair."],
        SelfCheckReason.SeekingAttention => l["That's an honest thing to notice. Wanting to feel seen is human. Looking for it elsewhere is often a sign that something is missing between you, and that's a reason to talk with your partner, not to hide it."],
        SelfCheckReason.NoLongerInvested => l["That's hard to admit, and braver than drifting. It may be time to consider ending, kindly. An ending isn't a failure; ending with honesty and care is a kindness to you both."],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a self-check reason."),
    };

    /// <summary>A way to start the conversation, in "I" language: about me, not about what my partner does wrong.</summary>
    public string Starter(SelfCheckReason reason) => reason switch
    {
        SelfCheckReason.DidntRealise => l["I realised something I've been doing might have hurt you. I didn't know it mattered to you, and I've stopped. I wanted you to hear it from me."],
        SelfCheckReason.SeekingAttention => l["I've noticed I've been looking for attention from other people, and I think it's because I miss feeling close to you. I'd love for us to talk about how we could have more of that."],
        SelfCheckReason.NoLongerInvested => l["I've been feeling distant for a while, and you deserve honesty from me. Could we find a calm time to talk about where we are?"],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a self-check reason."),
    };

    /// <summary>What the member might ask for, as a first suggestion in the message they can make from a self-check.</summary>
    public string Need(SelfCheckReason reason) => reason switch
    {
        SelfCheckReason.DidntRealise => l["To hear whether this hurt you, and what would help."],
        SelfCheckReason.SeekingAttention => l["Some time to talk about how we could feel closer."],
        SelfCheckReason.NoLongerInvested => l["A calm time to talk honestly about where we are."],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a self-check reason."),
    };

    public StepWords Step(SelfCheckStep step, SelfCheckReason reason, string circlePath) => step switch
    {
        SelfCheckStep.StopNow => new(l["Stop, now that you know"], l["No grand gesture is needed. Stopping is the clearest way to show it matters to you."], null, null, null),
        SelfCheckStep.TellYourPartner => new(l["Perhaps tell your partner"], l["Honesty usually builds trust, even about small things. Telling them yourself means they never have to wonder. You could say:"], Starter(reason), null, null),
        SelfCheckStep.ClarifyTheAgreement => new(l["Make the line clear for you both"], l["If nobody ever said where the line was, write it into your agreement together, so nobody has to guess again."], null, l["Open your agreement"], $"{circlePath}/agreement"),
        SelfCheckStep.NameWhatYouMiss => new(l["Name what you miss"], l["What does that attention give you? Feeling noticed, wanted, listened to, laughing together? Naming it turns it into something you can ask for."], null, null, null),
        SelfCheckStep.TalkWithYourPartner => new(l["Talk with your partner about it"], l["Start with yourself rather than with what they do or don't do. You could say:"], Starter(reason), null, null),
        SelfCheckStep.PauseTheStandIn => new(l["Pause what stands in for it"], l["While you talk, step back from the conversations or apps that give you what you miss, so your relationship gets a real chance."], null, null, null),
        SelfCheckStep.BeHonestWithYourself => new(l["Be honest with yourself"], l["How long have you felt this way? Has something changed, or has it been coming for a while? Is it the relationship, or a hard time in your own life?"], null, null, null),
        SelfCheckStep.TalkKindly => new(l["Talk with your partner, kindly and soon"], l["Drifting apart in silence tends to hurt more than an honest conversation. You could say:"], Starter(reason), null, null),
        SelfCheckStep.ConsiderSupport => new(l["Consider a counsellor"], l["A counsellor can help, together or on your own, whatever you decide."], null, l["Find counselling and confidential support"], "/help"),
        SelfCheckStep.ConsiderParting => new(l["Consider ending, kindly"], l["If you decide it's time, the parting path explains what happens, step by step, and lets you download a copy of your agreement first."], null, l["Read what parting ways means here"], $"{circlePath}/parting"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a self-check step."),
    };

    /// <summary>The concern draft a self-check becomes: what I've been doing, a first opening, a first need. Never the private "why".</summary>
    public ConcernDraft Message(SelfCheckView check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var noticed = new List<string>();
        if (check.Behaviours.Count > 0)
        {
            noticed.Add(l["Something about me I want to be honest about: {0}.", string.Join(", ", check.Behaviours.Select(b => b.Label))]);
        }

        if (check.Doing.Length > 0)
        {
            noticed.Add(check.Doing);
        }

        var text = string.Join("\n\n", noticed);
        if (ConcernText.Check(text) == TextProblem.TooLong)
        {
            text = check.Doing; // within the limit on its own; the list of behaviours is left for the member to add
        }

        return new ConcernDraft(text, Starter(check.Reason), null, Need(check.Reason));
    }
}
