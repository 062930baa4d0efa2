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

    /// <summary>The circle's key, wrapped under a key derived from the invite code, which only the link carries.</summary>
    public byte[]? WrappedCircleKey { get; set; }
}
