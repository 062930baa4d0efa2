namespace SamePage.Core.Concerns;

/// <summary>The guided parts of a concern, by stable id (used in forms and in problems).</summary>
public static class ConcernFields
{
    /// <summary>What I noticed: facts, not conclusions.</summary>
    public const string Noticed = "noticed";

    /// <summary>How it made me feel.</summary>
    public const string Felt = "felt";

    /// <summary>What I need.</summary>
    public const string Need = "need";

    /// <summary>The written parts, in the order they are asked.</summary>
    public static IReadOnlyList<string> All { get; } = [Noticed, Felt, Need];
}

/// <summary>What is wrong with a draft as written; <see cref="TooLong"/> names the fields over the limit.</summary>
public sealed record DraftCheck(bool IsEmpty, IReadOnlyList<string> TooLong)
{
    public bool IsFine => !IsEmpty && TooLong.Count == 0;
}

/// <summary>
/// A concern as its author writes it: what I noticed, how it made me
/// feel, which clause of our agreement it touches (optional), and what I need.
/// </summary>
/// <param name="ClauseId">A clause of the active agreement, or null.</param>
public sealed record ConcernDraft(string Noticed, string Felt, Guid? ClauseId, string Need)
{
    public static ConcernDraft Blank { get; } = new(string.Empty, string.Empty, null, string.Empty);

    public string Text(string field) => field switch
    {
        ConcernFields.Noticed => Noticed,
        ConcernFields.Felt => Felt,
        ConcernFields.Need => Need,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a concern field."),
    };

    /// <summary>Every text tidied as it is kept.</summary>
    public ConcernDraft Normalized() =>
        new(ConcernText.Normalize(Noticed), ConcernText.Normalize(Felt), ClauseId, ConcernText.Normalize(Need));

    /// <summary>Nothing written (a clause alone says nothing yet).</summary>
    public bool IsEmpty => ConcernFields.All.All(f => ConcernText.Normalize(Text(f)).Length == 0);

    /// <summary>Whether the draft can be kept: something written, and nothing over the limit.</summary>
    public DraftCheck Check() =>
        new(IsEmpty, [.. ConcernFields.All.Where(f => ConcernText.Check(Text(f)) == TextProblem.TooLong)]);
}
