using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Circles;
using SamePage.Data;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;

namespace SamePage.Web.Circles;

/// <summary>
/// What a member last saw of their circle's progress, sealed with their own key on their membership
/// row: read when they open the circle's home, replaced only when it differs (so a visit that finds
/// nothing new writes nothing). No time is kept.
/// </summary>
public sealed class SeenProgress(SamePageDb db, ISealer sealer, KeyRing keys)
{
    /// <summary>What changed since the member last looked (nothing on a first visit), and keeps what they see now.</summary>
    public async Task<IReadOnlyList<CircleChange>> SinceLastVisitAsync(CircleView circle, CircleProgress now)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(now);
        var me = circle.Me.MembershipId;
        var stored = await db.Memberships.Where(m => m.Id == me).Select(m => m.SealedSeen).FirstOrDefaultAsync();
        var before = stored is null ? null : CircleProgress.FromJson(Open(me, stored));
        if (before is null || !before.SameAs(now))
        {
            var sealedNow = sealer.Seal(keys.Personal, SealedField.SeenProgress, me, now.ToJson());
            await db.Memberships.Where(m => m.Id == me).ExecuteUpdateAsync(s => s.SetProperty(m => m.SealedSeen, sealedNow));
        }

        return CircleProgress.Between(before, now, me);
    }

    private string? Open(Guid membershipId, byte[] value)
    {
        try
        {
            return sealer.Unseal(keys.Personal, SealedField.SeenProgress, membershipId, value);
        }
        catch (CryptographicException)
        {
            // Sealed under a key this session no longer has (e.g. before a recovery): start afresh.
            return null;
        }
    }
}
