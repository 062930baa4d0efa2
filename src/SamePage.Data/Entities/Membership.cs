namespace SamePage.Data.Entities;

/// <summary>A person in a circle, under a display name chosen for that circle (sealed).</summary>
public sealed class Membership
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    public Guid AccountId { get; set; }

    /// <summary>1 to 8, unique in the circle: the database itself refuses a ninth member.</summary>
    public int Seat { get; set; }

    public required byte[] SealedDisplayName { get; set; }

    /// <summary>
    /// The circle's key of epoch <see cref="KeyEpoch"/>, wrapped under this member's own key. Right
    /// after a rotation it is wrapped for their public key instead (<c>'P' 0x01</c>) until their next
    /// request re-wraps it; right after the upgrade to user-held keys it may be held under the
    /// server's legacy key until the member next signs in.
    /// </summary>
    public byte[]? WrappedCircleKey { get; set; }

    /// <summary>The epoch of the circle key this member holds; behind the circle's only until a member wraps the new key for them.</summary>
    public int KeyEpoch { get; set; }

    /// <summary>
    /// What this member last saw of the circle's progress (who had submitted, which version was
    /// proposed…), sealed with their own key, so the circle's home can say what changed since. No time.
    /// </summary>
    public byte[]? SealedSeen { get; set; }

    public List<RoundResponse> Responses { get; } = [];
}
