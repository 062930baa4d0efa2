using Microsoft.EntityFrameworkCore;
using SamePage.Data;

namespace SamePage.Web.Circles;

/// <summary>An invite still waiting to be used, as members see it: who made it and until when it works. Never its code.</summary>
public sealed record OpenInvite(Guid Id, string? MadeBy, bool MadeByYou, DateTime ExpiresAtUtc);

/// <summary>
/// The circle's open invites: listed to its members, revocable by any of them, at most
/// <see cref="Core.Circles.CircleRules.MaxOpenInvites"/> at once, and all voided whenever someone
/// joins or leaves, so an invite kept by someone who has since left leads nowhere.
/// </summary>
public sealed class CircleInvites(SamePageDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpenInvite>> ListAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invites.AsNoTracking()
            .Where(i => i.CircleId == circle.Id && !i.Redeemed && i.ExpiresAtUtc > now && i.WrappedCircleKey != null)
            .Select(i => new { i.Id, i.CreatedByMembershipId, i.ExpiresAtUtc })
            .ToListAsync();
        return [.. rows
            .OrderBy(i => i.ExpiresAtUtc)
            .Select(i => new OpenInvite(i.Id, i.CreatedByMembershipId is { } by ? circle.Member(by)?.DisplayName : null, i.CreatedByMembershipId == circle.Me.MembershipId, i.ExpiresAtUtc))];
    }

    /// <summary>How many invites of the circle could still be used now.</summary>
    public Task<int> CountOpenAsync(Guid circleId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Invites.CountAsync(i => i.CircleId == circleId && !i.Redeemed && i.ExpiresAtUtc > now);
    }

    /// <summary>Revokes one open invite of this circle; false when there was none (used, revoked already, or another circle's).</summary>
    public async Task<bool> RevokeAsync(CircleView circle, Guid inviteId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        return await db.Invites.Where(i => i.Id == inviteId && i.CircleId == circle.Id && !i.Redeemed).ExecuteDeleteAsync() == 1;
    }

    /// <summary>Every invite of the circle not yet used stops working (someone joined or left).</summary>
    public Task VoidAllAsync(Guid circleId) =>
        db.Invites.Where(i => i.CircleId == circleId && !i.Redeemed).ExecuteDeleteAsync();
}
