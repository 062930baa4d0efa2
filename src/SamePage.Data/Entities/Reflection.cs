namespace SamePage.Data.Entities;

/// <summary>
/// One member's private journal for one round: the answers to the reflection prompts, sealed as one
/// document. The answers the member chose to share after the reveal are a separate sealed copy, so
/// the private document is never read for anyone but its author.
/// </summary>
public sealed class Reflection
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public Round Round { get; set; } = null!;

    public Guid MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;

    public required byte[] SealedPrivate { get; set; }

    /// <summary>The prompts' answers this member shares with the circle; null while nothing is shared.</summary>
    public byte[]? SealedShared { get; set; }

    /// <summary>Optimistic concurrency: two tabs saving at once never silently overwrite each other.</summary>
    public int Version { get; set; }
}
