namespace SamePage.Data.Entities;

/// <summary>
/// One clause of a circle's working draft agreement, edited by every member. Its content (text,
/// expectation, who it applies to, notes, the behaviour it came from) is sealed as one document.
/// </summary>
public sealed class DraftClause
{
    /// <summary>Also the clause's stable id across versions.</summary>
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>Order in the draft: 1, 2, 3…</summary>
    public int Position { get; set; }

    public required byte[] SealedContent { get; set; }

    /// <summary>Who saved it last, so someone whose edit crossed theirs can be told who; null once they left.</summary>
    public Guid? LastEditedByMembershipId { get; set; }

    /// <summary>Optimistic concurrency: two members editing the same clause never silently overwrite each other.</summary>
    public int Version { get; set; }
}
