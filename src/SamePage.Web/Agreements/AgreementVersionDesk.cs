using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;

namespace SamePage.Web.Agreements;

/// <summary>
/// Reading a circle's versions, each with its history (who proposed and signed it, and when). Every
/// version is kept. Reading first settles the open proposal (<see cref="AgreementSigningDesk.SettleAsync(CircleView)"/>),
/// so what a member reads is never a proposal the draft has already left behind.
/// </summary>
public sealed class AgreementVersionDesk(SamePageDb db, ISealer sealer, AgreementSigningDesk signing)
{
    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<VersionView>> VersionsAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        db.ChangeTracker.Clear();
        var rows = await All(circle.Id).ToListAsync();
        if (await signing.SettleAsync(circle, rows, rows))
        {
            db.ChangeTracker.Clear();
            rows = await All(circle.Id).AsNoTracking().ToListAsync(); // what was stored, whoever's write won
        }

        db.ChangeTracker.Clear();
        return [.. rows.Select(r => View(r, circle))];
    }

    /// <summary>One version: only its row is read and only its document opened.</summary>
    public Task<VersionView?> VersionAsync(CircleView circle, int number) => OneAsync(circle, v => v.Number == number);

    /// <summary>The version the circle lives by now, if it has one.</summary>
    public Task<VersionView?> ActiveAsync(CircleView circle) => OneAsync(circle, v => v.Status == VersionStatus.Active);

    private async Task<VersionView?> OneAsync(CircleView circle, Expression<Func<AgreementVersion, bool>> which)
    {
        ArgumentNullException.ThrowIfNull(circle);
        await signing.SettleAsync(circle);
        var row = await db.AgreementVersions.AsNoTracking().Include(v => v.Signatures).Where(v => v.CircleId == circle.Id).FirstOrDefaultAsync(which);
        return row is null ? null : View(row, circle);
    }

    private IQueryable<AgreementVersion> All(Guid circleId) =>
        db.AgreementVersions.Include(v => v.Signatures).Where(v => v.CircleId == circleId).OrderByDescending(v => v.Number);

    private VersionView View(AgreementVersion row, CircleView circle)
    {
        var document = sealer.Open(AgreementDocuments.Version, circle.Key, row.Id, row.SealedDocument);
        var signatures = row.Signatures
            .OrderBy(s => s.SignedAtUtc)
            .Select(s => new SignatureView(s.MembershipId, sealer.Open(AgreementDocuments.SignerName, circle.Key, s.Id, s.SealedSignerName), s.SignedAtUtc))
            .ToList();
        var waiting = row.Status == VersionStatus.Proposed
            ? circle.Members.Select(m => m.MembershipId).Where(m => !signatures.Any(s => s.MembershipId == m)).ToList()
            : [];
        return new VersionView(row.Id, row.Number, row.Status, new AgreementDocument(document.Clauses), document.Names, row.ProposedByMembershipId, row.ProposedAtUtc,
            row.ActivatedAtUtc, row.ReviewOn, signatures, waiting, row.WithdrawnReason, row.WithdrawnByMembershipId);
    }
}
