using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Agreements;

/// <summary>
/// The circle's working draft of its agreement, shared by every member. Each clause carries a version,
/// so nobody silently overwrites anyone; every change moves the draft's revision on, which withdraws
/// an unfinished proposal of it (see <see cref="AgreementSigningDesk"/>).
/// </summary>
public sealed class AgreementDraftDesk(SamePageDb db, ISealer sealer, AgreementSigningDesk signing, AgreementVersionDesk versions)
{
    public Task<DraftView> DraftAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        return DraftRows.ReadAsync(db, sealer, circle);
    }

    /// <summary>Adds a clause at the end of the draft. The input must already be checked.</summary>
    public async Task<Guid> AddAsync(CircleView circle, ClauseInput input)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(input);
        var position = (await db.DraftClauses.Where(c => c.CircleId == circle.Id).MaxAsync(c => (int?)c.Position) ?? 0) + 1;
        var row = new DraftClause { Id = Guid.NewGuid(), CircleId = circle.Id, Position = position, SealedContent = [], LastEditedByMembershipId = circle.Me.MembershipId };
        row.SealedContent = sealer.Seal(AgreementDocuments.DraftClause, circle.Key, row.Id, ToClause(row.Id, input, circle));
        db.DraftClauses.Add(row);
        await db.SaveChangesAsync();
        await MovedOnAsync(circle);
        return row.Id;
    }

    /// <summary>Changes a clause if nobody else has since <paramref name="expectedVersion"/>.</summary>
    public async Task<(ClauseChange Outcome, DraftClauseView? Current)> UpdateAsync(CircleView circle, Guid clauseId, int expectedVersion, ClauseInput input)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(input);
        db.ChangeTracker.Clear();
        var row = await db.DraftClauses.FirstOrDefaultAsync(c => c.Id == clauseId && c.CircleId == circle.Id);
        if (row is null)
        {
            return (ClauseChange.NotFound, null);
        }

        if (row.Version != expectedVersion)
        {
            return (ClauseChange.Conflict, DraftRows.View(sealer, circle.Key, row));
        }

        row.SealedContent = sealer.Seal(AgreementDocuments.DraftClause, circle.Key, row.Id, ToClause(row.Id, input, circle));
        row.LastEditedByMembershipId = circle.Me.MembershipId;
        row.Version++;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await NowAsync(circle, clauseId);
        }

        await MovedOnAsync(circle);
        return (ClauseChange.Saved, DraftRows.View(sealer, circle.Key, row));
    }

    /// <summary>Removes a clause if nobody has changed it since <paramref name="expectedVersion"/>.</summary>
    public async Task<(ClauseChange Outcome, DraftClauseView? Current)> RemoveAsync(CircleView circle, Guid clauseId, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(circle);
        if (!await db.DraftClauses.AnyAsync(c => c.Id == clauseId && c.CircleId == circle.Id))
        {
            return (ClauseChange.NotFound, null);
        }

        var removed = await db.DraftClauses.Where(c => c.Id == clauseId && c.CircleId == circle.Id && c.Version == expectedVersion).ExecuteDeleteAsync();
        if (removed == 0)
        {
            return await NowAsync(circle, clauseId);
        }

        await MovedOnAsync(circle);
        return (ClauseChange.Saved, null);
    }

    /// <summary>Moves a clause one place up or down among the clauses of its group (category).</summary>
    public async Task<bool> MoveAsync(CircleView circle, Guid clauseId, bool up)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var draft = await DraftAsync(circle);
        var clause = draft.Find(clauseId);
        if (clause is null)
        {
            return false;
        }

        var group = draft.Clauses.Where(c => c.Clause.CategoryId == clause.Clause.CategoryId).ToList();
        var index = group.IndexOf(clause);
        var other = up ? (index > 0 ? group[index - 1] : null) : (index < group.Count - 1 ? group[index + 1] : null);
        if (other is null)
        {
            return false;
        }

        var rows = await db.DraftClauses.Where(c => c.Id == clause.Clause.Id || c.Id == other.Clause.Id).ToListAsync();
        var (a, b) = (rows.Single(r => r.Id == clause.Clause.Id), rows.Single(r => r.Id == other.Clause.Id));
        (a.Position, b.Position) = (b.Position, a.Position);
        await db.SaveChangesAsync();
        await MovedOnAsync(circle);
        return true;
    }

    /// <summary>Starts a review: the draft becomes the active version's clauses again.</summary>
    public async Task<bool> StartReviewAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        if (await versions.ActiveAsync(circle) is not { } active)
        {
            return false;
        }

        await db.DraftClauses.Where(c => c.CircleId == circle.Id).ExecuteDeleteAsync();
        var position = 0;
        foreach (var clause in active.Document.Clauses)
        {
            var kept = clause with { AppliesTo = [.. clause.AppliesTo.Where(m => circle.Members.Any(x => x.MembershipId == m))] };
            if (clause.AppliesTo.Count > 0 && kept.AppliesTo.Count == 0)
            {
                continue; // it named only people who have left
            }

            db.DraftClauses.Add(new DraftClause { Id = clause.Id, CircleId = circle.Id, Position = ++position, SealedContent = sealer.Seal(AgreementDocuments.DraftClause, circle.Key, clause.Id, kept) });
        }

        await db.SaveChangesAsync();
        await MovedOnAsync(circle);
        return true;
    }

    /// <summary>
    /// When a member leaves: the draft no longer names them (a clause that named only them is removed
    /// from the draft). Signed versions keep their names and signatures as they were. The key is the
    /// circle's key as it is after the leaver is gone (<see cref="Circles.CircleKeyRotation.MoveOnAsync"/>).
    /// </summary>
    public async Task MemberLeavingAsync(Guid circleId, Guid membershipId, SealingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rows = await db.DraftClauses.Where(c => c.CircleId == circleId).ToListAsync();
        var changed = false;
        foreach (var row in rows)
        {
            var clause = sealer.Open(AgreementDocuments.DraftClause, key, row.Id, row.SealedContent);
            if (!clause.AppliesTo.Contains(membershipId))
            {
                continue;
            }

            changed = true;
            var rest = clause.AppliesTo.Where(m => m != membershipId).ToList();
            if (rest.Count == 0)
            {
                db.DraftClauses.Remove(row);
            }
            else
            {
                row.SealedContent = sealer.Seal(AgreementDocuments.DraftClause, key, row.Id, clause with { AppliesTo = rest });
                row.Version++;
            }
        }

        if (changed)
        {
            await db.SaveChangesAsync();
            await DraftRows.EnsureAsync(db, circleId);
            await db.AgreementDrafts.Where(d => d.CircleId == circleId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, d => d.Revision + 1).SetProperty(d => d.LastEditedByMembershipId, (Guid?)null));
        }
    }

    /// <summary>The clause as it is now, after someone else's change won.</summary>
    private async Task<(ClauseChange Outcome, DraftClauseView? Current)> NowAsync(CircleView circle, Guid clauseId)
    {
        var now = await db.DraftClauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clauseId);
        return now is null ? (ClauseChange.NotFound, null) : (ClauseChange.Conflict, DraftRows.View(sealer, circle.Key, now));
    }

    /// <summary>The draft changed: its revision moves on, which withdraws any unfinished proposal.</summary>
    private async Task MovedOnAsync(CircleView circle)
    {
        await DraftRows.EnsureAsync(db, circle.Id);
        await db.AgreementDrafts.Where(d => d.CircleId == circle.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, d => d.Revision + 1).SetProperty(d => d.LastEditedByMembershipId, circle.Me.MembershipId));
        await signing.SettleAsync(circle);
    }

    private static Clause ToClause(Guid id, ClauseInput input, CircleView circle)
    {
        var everyone = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var appliesTo = input.AppliesTo.Distinct().Where(everyone.Contains).ToList();
        if (everyone.SetEquals(appliesTo))
        {
            appliesTo = []; // everyone, including whoever joins later
        }

        return new Clause(
            id,
            AgreementRules.Normalize(input.Text),
            input.Expectation,
            string.IsNullOrEmpty(input.BehaviourId) ? null : input.BehaviourId,
            string.IsNullOrEmpty(input.CategoryId) ? null : input.CategoryId,
            [.. circle.Members.Select(m => m.MembershipId).Where(appliesTo.Contains)],
            AgreementRules.Normalize(input.Notes));
    }
}
