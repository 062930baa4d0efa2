namespace SamePage.Data.Entities;

/// <summary>A member a concern was shared with. Only they (and the author) ever see it.</summary>
public sealed class ConcernRecipient
{
    public Guid ConcernId { get; set; }

    public Concern Concern { get; set; } = null!;

    public Guid MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;
}
