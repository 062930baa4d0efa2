using SamePage.Core.Agreements;

namespace SamePage.Data.Entities;

/// <summary>
/// A frozen version of a circle's agreement: its clauses and the names of the members at the time,
/// sealed as one document, identified by the hash of its content. Every version is kept.
/// </summary>
public sealed class AgreementVersion
{
    public Guid Id { get; set; }

    public Guid CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    /// <summary>1, 2, 3… within the circle.</summary>
    public int Number { get; set; }

    public VersionStatus Status { get; set; }

    /// <summary>The SHA-256 of the content (see Core's AgreementDocument): what each member signs.</summary>
    public required string ContentHash { get; set; }

    public required byte[] SealedDocument { get; set; }

    /// <summary>The draft revision this version froze; a draft that has moved on since withdraws it.</summary>
    public int DraftRevision { get; set; }

    public Guid? ProposedByMembershipId { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public DateTime? ActivatedAtUtc { get; set; }

    /// <summary>When the circle means to look at it again; set when it becomes active.</summary>
    public DateOnly? ReviewOn { get; set; }

    public WithdrawnReason WithdrawnReason { get; set; }

    /// <summary>Who changed the draft or proposed again, withdrawing this version; null once they left.</summary>
    public Guid? WithdrawnByMembershipId { get; set; }

    public List<AgreementSignature> Signatures { get; } = [];

    /// <summary>Optimistic concurrency for the status: two last signatures, or a signature and a withdrawal, never both win.</summary>
    public int Concurrency { get; set; }
}
