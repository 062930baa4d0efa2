namespace SamePage.Data.Entities;

/// <summary>One member's answers to one check-in (scores, clauses, appreciation, topics), sealed as one document.</summary>
public sealed class CheckInResponse
{
    public Guid Id { get; set; }

    public Guid CheckInId { get; set; }

    public CheckIn CheckIn { get; set; } = null!;

    public Guid MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;

    public required byte[] SealedAnswers { get; set; }

    public bool Submitted { get; set; }

    /// <summary>Optimistic concurrency: two tabs saving at once never silently overwrite each other.</summary>
    public int Version { get; set; }
}
