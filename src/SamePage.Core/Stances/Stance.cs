namespace SamePage.Core.Stances;

/// <summary>How I would feel if a partner did a behaviour.</summary>
public enum Stance
{
    Fine = 0,
    TellMe = 1,
    AskFirst = 2,
    Hurts = 3,
    Betrayal = 4,
    Unsure = 5,
    NotApplicable = 6,
}

public static class StanceScale
{
    /// <summary>Every stance, in the order a questionnaire offers them.</summary>
    public static IReadOnlyList<Stance> All { get; } =
        [Stance.Fine, Stance.TellMe, Stance.AskFirst, Stance.Hurts, Stance.Betrayal, Stance.Unsure, Stance.NotApplicable];

    /// <summary>The position on the scale, or null for Unsure and Doesn't apply, which sit off the scale.</summary>
    public static int? Ordinal(this Stance stance) => stance switch
    {
        Stance.Fine => 0,
        Stance.TellMe => 1,
        Stance.AskFirst => 2,
        Stance.Hurts => 3,
        Stance.Betrayal => 4,
        _ => null,
    };

    public static bool IsDefined(Stance stance) => Enum.IsDefined(stance);

    private static readonly Dictionary<string, Stance> ByName =
        All.ToDictionary(s => s.ToString(), s => s, StringComparer.Ordinal);

    /// <summary>Parses a stance name exactly as a form posts it ("TellMe"); anything else gives false.</summary>
    public static bool TryParse(string? text, out Stance stance)
    {
        stance = default;
        return text is not null && ByName.TryGetValue(text, out stance);
    }
}
