using Microsoft.EntityFrameworkCore;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Concerns;

/// <summary>One private self-check, as its author reads it.</summary>
public sealed record SelfCheckView(Guid Id, DateOnly CreatedOn, IReadOnlyList<NamedBehaviour> Behaviours, string Doing, SelfCheckReason Reason, string Why)
{
    public IReadOnlyList<SelfCheckStep> NextSteps => SelfCheckPaths.NextSteps(Reason);
}

/// <summary>
/// Where private self-checks are kept: sealed as one document each and read only for their author (the
/// signed-in member of the circle view; no address names anyone else). Nothing of a self-check is ever
/// shared; turning one into a message makes a new concern draft, which is private to its author too.
/// </summary>
public sealed class SelfCheckDesk(SamePageDb db, ISealer sealer, KeyRing keys, TimeProvider clock)
{
    /// <summary>The signed-in member's own self-checks in this circle, newest first.</summary>
    public async Task<IReadOnlyList<SelfCheckView>> ListAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var rows = await Own(circle).AsNoTracking().OrderByDescending(s => s.CreatedOn).ToListAsync();
        return [.. rows.Select(View)];
    }

    /// <summary>One of the signed-in member's own self-checks; null for anything else (a 404 for the page).</summary>
    public async Task<SelfCheckView?> FindAsync(CircleView circle, Guid selfCheckId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var row = await Own(circle).AsNoTracking().FirstOrDefaultAsync(s => s.Id == selfCheckId);
        return row is null ? null : View(row);
    }

    /// <summary>Keeps a checked self-check; <paramref name="labelOf"/> gives each behaviour's label as it reads now.</summary>
    public async Task<Guid> CreateAsync(CircleView circle, SelfCheckEntry entry, Func<string, string> labelOf)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(labelOf);
        if (entry.Check().Count > 0 || entry.Reason is not { } reason)
        {
            throw new ArgumentException("Only a checked self-check is kept.", nameof(entry));
        }

        var document = new SelfCheckDocument([.. entry.BehaviourIds.Select(id => new NamedBehaviour(id, labelOf(id)))], entry.Doing, reason, entry.Why);
        var row = new SelfCheck { Id = Guid.NewGuid(), MembershipId = circle.Me.MembershipId, SealedContent = [], CreatedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        row.SealedContent = sealer.Seal(SelfCheckDocuments.SelfCheck, keys.Personal, row.Id, document);
        db.SelfChecks.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    public async Task<bool> DeleteAsync(CircleView circle, Guid selfCheckId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        return await Own(circle).Where(s => s.Id == selfCheckId).ExecuteDeleteAsync() == 1;
    }

    private IQueryable<SelfCheck> Own(CircleView circle)
    {
        var me = circle.Me.MembershipId;
        return db.SelfChecks.Where(s => s.MembershipId == me);
    }

    private SelfCheckView View(SelfCheck row)
    {
        var document = sealer.Open(SelfCheckDocuments.SelfCheck, keys.Personal, row.Id, row.SealedContent);
        return new SelfCheckView(row.Id, row.CreatedOn, document.Behaviours, document.Doing, document.Reason, document.Why);
    }
}
