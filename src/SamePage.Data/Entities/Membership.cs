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
    /// The circle's key, wrapped under this member's own key. Right after the upgrade to user-held
    /// keys it may instead be held under the server's legacy key until the member next signs in.
    /// </summary>
    public byte[]? WrappedCircleKey { get; set; }

    /// <summary>
    /// What this member last saw of the circle's progress (who had submitted, which version was
    /// proposed…), sealed with their own key, so the circle's home can say what changed since. No time.
    /// </summary>
    public byte[]? SealedSeen { get; set; }

    public List<RoundResponse> Responses { get; } = [];
}
