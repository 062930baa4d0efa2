using SamePage.Core.Stances;

namespace SamePage.Web.Rounds;

/// <summary>
/// One stance scale as the choice control draws it (Pages/Rounds/_StanceChoice.cshtml): the five
/// stances as segments, "not sure" and "doesn't apply" as chips, and, for a guess, "no guess".
/// </summary>
/// <param name="Name">The form field, e.g. Answers[behaviour-id].</param>
/// <param name="IdPrefix">Makes each radio's id, prefix-Stance; null for none (a guess, whose radios need no address).</param>
/// <param name="Current">The stance shown as chosen.</param>
/// <param name="IsGuess">
/// A guess: "no guess" is its own choice (so it can be taken back without JavaScript), and the meaning
/// of the ends is not repeated (it stands under the question's own scale just above).
/// </param>
public sealed record StanceChoice(string Name, string? IdPrefix, Stance? Current, bool IsGuess = false)
{
    public string? IdOf(Stance stance) => IdPrefix is null ? null : $"{IdPrefix}-{stance}";

    /// <summary>The five stances of the scale, left (fine) to right (a betrayal).</summary>
    public static IReadOnlyList<Stance> Scale { get; } = [.. StanceScale.All.Where(s => s.Ordinal() is not null)];

    /// <summary>The answers that sit off the scale.</summary>
    public static IReadOnlyList<Stance> Extras { get; } = [.. StanceScale.All.Where(s => s.Ordinal() is null)];
}
