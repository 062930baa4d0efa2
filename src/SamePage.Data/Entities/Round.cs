namespace SamePage.Data.Entities;

/// <summary>A reflection round of a circle: sealed until every current member submits, then revealed for good.</summary>
public sealed class Round
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>1, 2, 3… within the circle.</summary>
    public int Number { get; set; }

    public bool Revealed { get; set; }

    public List<RoundResponse> Responses { get; } = [];
}
