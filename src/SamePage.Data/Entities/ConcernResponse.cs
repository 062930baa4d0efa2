namespace SamePage.Data.Entities;

/// <summary>A reply to a shared concern, in the member's own words, sealed.</summary>
public sealed class ConcernResponse
{
    public Guid Id { get; set; }

    public Guid ConcernId { get; set; }

    public Concern Concern { get; set; } = null!;

    /// <summary>Null once the member who replied left; their words stay with the conversation they answered.</summary>
    public Guid? MembershipId { get; set; }

    public required byte[] SealedText { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
