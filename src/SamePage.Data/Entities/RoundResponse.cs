namespace SamePage.Data.Entities;

/// <summary>One member's answers in one round, sealed as a whole, so not even which items were answered shows.</summary>
public sealed class RoundResponse
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public Round Round { get; set; } = null!;

    public Guid MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;

    public required byte[] SealedAnswers { get; set; }

    public bool Submitted { get; set; }

    /// <summary>Optimistic concurrency: two tabs saving at once never silently overwrite each other.</summary>
    public int Version { get; set; }
}
