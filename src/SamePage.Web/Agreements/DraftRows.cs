using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;

namespace SamePage.Web.Agreements;

/// <summary>The stored draft, as both the drafting and the signing desks read it, and the rows it keeps.</summary>
internal static class DraftRows
{
    /// <summary>The draft's revision and its clauses, in order, opened with the circle's key (one query).</summary>
    public static async Task<DraftView> ReadAsync(SamePageDb db, ISealer sealer, CircleView circle)
    {
        var draft = await db.AgreementDrafts.AsNoTracking()
            .Where(d => d.CircleId == circle.Id)
            .Select(d => new { d.Revision, Clauses = db.DraftClauses.Where(c => c.CircleId == d.CircleId).OrderBy(c => c.Position).ToList() })
            .FirstOrDefaultAsync();

        // The revision's row is made with the first change, so a draft without it has no clauses; read them anyway.
        var rows = draft?.Clauses ?? await db.DraftClauses.AsNoTracking().Where(c => c.CircleId == circle.Id).OrderBy(c => c.Position).ToListAsync();
        return new DraftView(draft?.Revision ?? 0, [.. rows.Select(r => View(sealer, circle.Key, r))]);
    }

    public static DraftClauseView View(ISealer sealer, SealingKey key, DraftClause row) =>
        new(sealer.Open(AgreementDocuments.DraftClause, key, row.Id, row.SealedContent), row.Position, row.Version, row.LastEditedByMembershipId);

    /// <summary>The row that carries the draft's revision, created the first time the draft changes.</summary>
    public static async Task EnsureAsync(SamePageDb db, Guid circleId)
    {
        if (await db.AgreementDrafts.AnyAsync(d => d.CircleId == circleId))
        {
            return;
        }

        db.AgreementDrafts.Add(new AgreementDraft { CircleId = circleId });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Created by someone else at the same moment.
        }

        db.ChangeTracker.Clear();
    }
}

/// <summary>How a version's row takes a transition Core decided.</summary>
internal static class VersionRows
{
    /// <summary>Stores what the transition changed, and moves the row's concurrency token on.</summary>
    public static void Apply(this AgreementVersion row, ProposalChange change)
    {
        row.Status = change.Status;
        if (change.ActivatedAtUtc is { } activated)
        {
            row.ActivatedAtUtc = activated;
            row.ReviewOn = change.ReviewOn;
        }

        if (change.Status == VersionStatus.Withdrawn)
        {
            row.WithdrawnReason = change.WithdrawnReason;
            row.WithdrawnByMembershipId = change.WithdrawnBy;
        }

        row.Concurrency++;
    }

    /// <summary>The version as Core sees it, among the circle's current members.</summary>
    public static Proposal Restore(this AgreementVersion row, CircleView circle) =>
        Proposal.Restore(
            row.ContentHash,
            circle.Members.Select(m => m.MembershipId),
            row.Signatures.Where(s => s.MembershipId is not null).Select(s => s.MembershipId!.Value),
            row.Status);
}
