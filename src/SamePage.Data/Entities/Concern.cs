namespace SamePage.Data.Entities;

/// <summary>Where a concern is: a private draft, shared with chosen members, or closed with an outcome.</summary>
public enum ConcernStatus
{
    Draft,
    Shared,
    Closed,
}

/// <summary>
/// A concern raised by a member. The author's draft is sealed and read
/// only for them; once shared, a sealed copy is read for the chosen recipients. Responses and the
/// outcome belong to the people involved.
/// </summary>
public sealed class Concern
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>The member who raised it; the concern leaves with them.</summary>
    public Guid AuthorMembershipId { get; set; }

    public Membership Author { get; set; } = null!;

    public ConcernStatus Status { get; set; }

    /// <summary>What I noticed, how I felt, which clause it touches, what I need: for the author only.</summary>
    public required byte[] SealedDraft { get; set; }

    /// <summary>The copy the recipients read, written when the author shares; null while a draft.</summary>
    public byte[]? SealedShared { get; set; }

    /// <summary>The day the concern was started (UTC), no finer: a draft is a private act, and a stolen database should not show when someone wrote one.</summary>
    public DateOnly CreatedOn { get; set; }

    public DateTime? SharedAtUtc { get; set; }

    /// <summary>The outcome the people involved recorded (an enum name in Core), sealed with who recorded it and when.</summary>
    public byte[]? SealedOutcome { get; set; }

    public List<ConcernRecipient> Recipients { get; } = [];

    public List<ConcernResponse> Responses { get; } = [];

    /// <summary>Optimistic concurrency for the draft and the status.</summary>
    public int Version { get; set; }
}
