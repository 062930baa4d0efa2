namespace SamePage.Data.Entities;

/// <summary>
/// One check-in of a circle: sealed like a round until every current member has
/// submitted, then revealed for good.
/// </summary>
public sealed class CheckIn
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>1, 2, 3… within the circle.</summary>
    public int Number { get; set; }

    /// <summary>When it was opened: trends are drawn over time, and the next one falls due from here.</summary>
    public DateTime OpenedAtUtc { get; set; }

    public bool Revealed { get; set; }

    public List<CheckInResponse> Responses { get; } = [];
}
