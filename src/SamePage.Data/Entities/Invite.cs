namespace SamePage.Data.Entities;

/// <summary>A single-use invitation to a circle. Only the hash of its code is stored.</summary>
public sealed class Invite
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    public required string CodeHash { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public bool Redeemed { get; set; }

    /// <summary>The member who made it, so the circle can see whose it is; cleared if they leave.</summary>
    public Guid? CreatedByMembershipId { get; set; }

    /// <summary>
    /// The circle's key of the epoch it was made in (<see cref="KeyEpoch"/>), wrapped under a key derived
    /// from the invite code, which only the link carries.
    /// </summary>
    public byte[]? WrappedCircleKey { get; set; }

    public int KeyEpoch { get; set; }
}
