using Microsoft.EntityFrameworkCore;
using SamePage.Data;

namespace SamePage.Web.Demo;

/// <summary>
/// Deletes a demo circle with everything in it and its sample partner's account. Leaving a demo and
/// deleting one's account both come here (through <see cref="Circles.CircleAccess.LeaveAsync(Guid, Guid)"/>),
/// so a demo never outlives the person it was made for.
/// </summary>
public sealed class DemoDeletion(SamePageDb db)
{
    /// <summary>Deletes the circle if it is a demo; false (and nothing done) for a real circle.</summary>
    public async Task<bool> DeleteAsync(Guid circleId)
    {
        if (!await db.Circles.AnyAsync(c => c.Id == circleId && c.DemoOwnerId != null))
        {
            return false;
        }

        var samples = await db.Memberships
            .Where(m => m.CircleId == circleId)
            .Join(db.Users.Where(u => u.IsSamplePartner), m => m.AccountId, u => u.Id, (m, u) => u.Id)
            .ToListAsync();

        // The circle's rows cascade from it (members, rounds, answers, drafts, versions, check-ins…);
        // the sample partner's account is only ever a member of this one circle.
        await db.Circles.Where(c => c.Id == circleId && c.DemoOwnerId != null).ExecuteDeleteAsync();
        await db.Users.Where(u => u.IsSamplePartner && samples.Contains(u.Id)).ExecuteDeleteAsync();
        return true;
    }

    /// <summary>The account's demo circle, if it has one.</summary>
    public Task<Guid?> FindAsync(Guid accountId) =>
        db.Circles.Where(c => c.DemoOwnerId == accountId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();

    /// <summary>Whether a circle is a demo (for the few counters that must leave demos out).</summary>
    public static Task<bool> IsDemoAsync(SamePageDb db, Guid circleId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Circles.AnyAsync(c => c.Id == circleId && c.DemoOwnerId != null);
    }
}
