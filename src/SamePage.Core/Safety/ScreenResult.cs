namespace SamePage.Core.Safety;

/// <summary>
/// What the clause screener noticed in one text: the kinds of control it may describe, the ids of
/// the rules that matched (so anyone can look up why in the rules file), and the kind the model read
/// by meaning, if it read one. Flagging is a prompt for a private, gentle note, never a verdict about anyone.
/// </summary>
public sealed record ScreenResult(IReadOnlyList<ControlKind> Kinds, IReadOnlyList<string> Rules, ControlKind? ByMeaning = null)
{
    /// <summary>Nothing noticed.</summary>
    public static ScreenResult Clear { get; } = new([], []);

    public bool Flagged => Kinds.Count > 0;

    /// <summary>This result with the model's kind added.</summary>
    public ScreenResult WithMeaning(ControlKind kind) =>
        new([.. Kinds.Append(kind).Distinct().Order()], Rules, kind);
}
