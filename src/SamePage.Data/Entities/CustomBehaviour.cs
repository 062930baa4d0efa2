namespace SamePage.Data.Entities;

/// <summary>
/// A behaviour a member added to their circle's catalogue. Its label, category and clarification are
/// sealed together. It is asked from <see cref="FromRound"/> on.
/// </summary>
public sealed class CustomBehaviour
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>The member who added it, so they can take it back before anyone has answered it; null once they left.</summary>
    public Guid? AddedByMembershipId { get; set; }

    /// <summary>The first round that asks it: the open round if nobody had submitted yet, otherwise the next.</summary>
    public int FromRound { get; set; }

    /// <summary>1, 2, 3… in the order the circle added them, so lists read in that order.</summary>
    public int Position { get; set; }

    public required byte[] SealedContent { get; set; }
}
