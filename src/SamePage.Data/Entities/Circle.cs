namespace SamePage.Data.Entities;

/// <summary>A relationship of 2 to 8 members. Its name is sealed.</summary>
public sealed class Circle
{
    public Guid Id { get; set; }

    public required byte[] SealedName { get; set; }

    /// <summary>Days between check-ins: 7 (weekly), 14 (fortnightly) or 30 (monthly, the default).</summary>
    public int CheckInCadenceDays { get; set; } = 30;

    /// <summary>The epoch of the circle's current key: 0 at first, one more each time a member holding it leaves.</summary>
    public int KeyEpoch { get; set; }

    /// <summary>
    /// For a demo circle ("try it with a sample partner"), the one account it was made for; null for
    /// every real circle. Unique, so an account has at most one demo at a time.
    /// </summary>
    public Guid? DemoOwnerId { get; set; }

    public List<Membership> Members { get; } = [];

    public List<Round> Rounds { get; } = [];

    public List<Invite> Invites { get; } = [];
}
