namespace SamePage.Core.Reflections;

/// <summary>
/// The prompts of a round's private journal, by stable id, in the order they are
/// asked. The ids are stored inside sealed journals, so they never change; the wording lives with
/// the pages and can be translated freely.
/// </summary>
public static class ReflectionPrompts
{
    /// <summary>Past experiences, romantic or platonic, that felt like a betrayal, and why.</summary>
    public const string PastBetrayals = "past-betrayals";

    /// <summary>What makes me feel secure.</summary>
    public const string FeelingSecure = "feeling-secure";

    /// <summary>What I want my partner(s) to know.</summary>
    public const string WantYouToKnow = "want-you-to-know";

    public static IReadOnlyList<string> All { get; } = [PastBetrayals, FeelingSecure, WantYouToKnow];

    public static bool IsPrompt(string? id) => id is not null && All.Contains(id, StringComparer.Ordinal);
}
