namespace SamePage.Data.Entities;

/// <summary>The state of a circle's working draft: a revision that moves on every change, so a proposal names exactly what it froze.</summary>
public sealed class AgreementDraft
{
    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>Moves on every change to the draft; also the concurrency token that lets only one of two simultaneous proposals win.</summary>
    public int Revision { get; set; }
}
