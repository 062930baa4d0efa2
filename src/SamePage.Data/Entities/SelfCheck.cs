namespace SamePage.Data.Entities;

/// <summary>
/// A private self-check ("I may be acting in ways that hurt my partner"), sealed and read only for its
/// author. Nothing of it is shared unless the author turns it into a message themselves.
/// </summary>
public sealed class SelfCheck
{
    public Guid Id { get; set; }

    public Guid MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;

    public required byte[] SealedContent { get; set; }

    /// <summary>The day of the self-check (UTC), no finer: it is a private act, and a stolen database should not show when someone reflected.</summary>
    public DateOnly CreatedOn { get; set; }
}
