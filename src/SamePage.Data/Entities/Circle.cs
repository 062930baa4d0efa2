namespace SamePage.Data.Entities;

/// <summary>A relationship of 2 to 8 members. Its name is sealed.</summary>
public sealed class Circle
{
    public Guid Id { get; set; }

    public required byte[] SealedName { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<Membership> Members { get; } = [];

    public List<Round> Rounds { get; } = [];

    public List<Invite> Invites { get; } = [];
}
