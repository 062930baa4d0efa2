namespace SamePage.Data.Entities;

/// <summary>The state of a circle's working draft: a revision that moves on every change, so a proposal names exactly what it froze.</summary>
public sealed class AgreementDraft
{
    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>Moves on every change to the draft; moved with a conditional update, so only one of two simultaneous proposals wins.</summary>
    public int Revision { get; set; }

    /// <summary>Who changed the draft last, so a withdrawn proposal can say why; null once they left.</summary>
    public Guid? LastEditedByMembershipId { get; set; }
}
