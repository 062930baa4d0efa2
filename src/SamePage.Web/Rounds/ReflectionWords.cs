using Microsoft.Extensions.Localization;
using SamePage.Core.Reflections;

namespace SamePage.Web.Rounds;

/// <summary>The words of the journal prompts: a short title, the question, and why it is asked.</summary>
public sealed class ReflectionWords(IStringLocalizer<SharedResource> l)
{
    /// <summary>The heading of a person's own round answers when they put them in a sounding-board link.</summary>
    public string OwnAnswers => l["My own answers"];

    public string Title(string prompt) => prompt switch
    {
        ReflectionPrompts.PastBetrayals => l["Times something felt like a betrayal"],
        ReflectionPrompts.FeelingSecure => l["What helps me feel secure"],
        ReflectionPrompts.WantYouToKnow => l["What I want my partner(s) to know"],
        _ => throw new ArgumentOutOfRangeException(nameof(prompt), prompt, "Not a reflection prompt."),
    };

    public string Question(string prompt) => prompt switch
    {
        ReflectionPrompts.PastBetrayals => l["Think of a time, in a romantic relationship or a friendship, when something felt like a betrayal. What happened, and why did it hurt?"],
        ReflectionPrompts.FeelingSecure => l["What helps you feel safe, close and secure with a partner?"],
        ReflectionPrompts.WantYouToKnow => l["What would you like your partner(s) to know about you, your needs or your answers?"],
        _ => throw new ArgumentOutOfRangeException(nameof(prompt), prompt, "Not a reflection prompt."),
    };

    public string Hint(string prompt) => prompt switch
    {
        ReflectionPrompts.PastBetrayals => l["Write only what you're comfortable with. Old hurts often shape what matters to us now, and noticing why something hurt can make it easier to explain. There are no right or wrong answers."],
        ReflectionPrompts.FeelingSecure => l["Small things count: a message when plans change, unhurried time together, being included, knowing where you stand."],
        ReflectionPrompts.WantYouToKnow => l["Perhaps something that's hard to say out loud, the story behind one of your answers, or what you hope for from these conversations."],
        _ => throw new ArgumentOutOfRangeException(nameof(prompt), prompt, "Not a reflection prompt."),
    };
}
