using SamePage.Core.Agreements;
using SamePage.Data.Entities;

namespace SamePage.Web.Agreements;

/// <summary>A clause as a member types it, before it is checked.</summary>
public sealed record ClauseInput(string? Text, Expectation Expectation, string? BehaviourId, string? CategoryId, IReadOnlyList<Guid> AppliesTo, string? Notes);

/// <summary>A clause of the working draft, with the version its editor must name to change it.</summary>
public sealed record DraftClauseView(Clause Clause, int Position, int Version, Guid? LastEditedBy = null);

/// <summary>The circle's working draft.</summary>
public sealed record DraftView(int Revision, IReadOnlyList<DraftClauseView> Clauses)
{
    public AgreementDocument Document => new([.. Clauses.Select(c => c.Clause)]);

    public DraftClauseView? Find(Guid clauseId) => Clauses.FirstOrDefault(c => c.Clause.Id == clauseId);
}

/// <summary>A member's signature on a version, under the name they had in the circle when they signed.</summary>
public sealed record SignatureView(Guid? MembershipId, string Name, DateTime SignedAtUtc);

/// <summary>A frozen version of the agreement with its history: who proposed and signed it, and when.</summary>
public sealed record VersionView(
    Guid Id,
    int Number,
    VersionStatus Status,
    AgreementDocument Document,
    IReadOnlyDictionary<Guid, string> Names,
    Guid? ProposedBy,
    DateTime ProposedAtUtc,
    DateTime? ActivatedAtUtc,
    DateOnly? ReviewOn,
    IReadOnlyList<SignatureView> Signatures,
    IReadOnlyList<Guid> Waiting,
    WithdrawnReason WithdrawnReason,
    Guid? WithdrawnBy)
{
    /// <summary>The name a member had in the circle when this version was proposed, or null for someone it never knew.</summary>
    public string? NameOf(Guid membershipId) => Names.GetValueOrDefault(membershipId);

    public bool HasSigned(Guid membershipId) => Signatures.Any(s => s.MembershipId == membershipId);
}

public enum ClauseChange
{
    Saved,

    /// <summary>Someone else saved this clause since the editor loaded it; nothing was written.</summary>
    Conflict,
    NotFound,
    Invalid,
}

public enum ProposeOutcome
{
    Proposed,
    Empty,

    /// <summary>The draft is the same as the active version.</summary>
    SameAsActive,

    /// <summary>This exact draft is already proposed.</summary>
    AlreadyProposed,

    /// <summary>The draft changed (or someone else proposed) after the page was loaded.</summary>
    DraftMovedOn,
}

/// <summary>A clause ready to show: its content and, in words, who it applies to.</summary>
/// <summary>A clause as a page shows it; <paramref name="Number"/> is its number in reading order (see <see cref="ClauseGroups"/>), when it has one.</summary>
public sealed record ClauseDisplay(Clause Clause, string AppliesTo, int? Number = null);
