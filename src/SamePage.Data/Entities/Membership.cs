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

    public List<RoundResponse> Responses { get; } = [];
}
