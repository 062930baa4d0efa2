namespace SamePage.Core.Safety;

/// <summary>
/// What the clause screener noticed in one text: the kinds of control it may describe, and the ids of
/// the rules that matched (so anyone can look up why in the rules file). Flagging is a prompt for a
/// private, gentle note, never a verdict about anyone.
/// </summary>
public sealed record ScreenResult(IReadOnlyList<ControlKind> Kinds, IReadOnlyList<string> Rules)
{
    /// <summary>Nothing noticed.</summary>
    public static ScreenResult Clear { get; } = new([], []);

    public bool Flagged => Kinds.Count > 0;
}
