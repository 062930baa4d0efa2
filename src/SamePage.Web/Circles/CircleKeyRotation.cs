using Microsoft.EntityFrameworkCore;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;

namespace SamePage.Web.Circles;

/// <summary>
/// Moves a circle's key on when a member who held it leaves: a new epoch key, the old key linked
/// under it (so the circle keeps its history), and the new key sent to every remaining member's
/// public key. Members with no key pair yet are sent it later, by the next member who opens the circle.
/// </summary>
public sealed class CircleKeyRotation(SamePageDb db, KeyRing keys)
{
    /// <summary>
    /// After the leaver's membership is gone: the circle's next epoch, if the leaver held the current one.
    /// The request goes on with the new key, so whatever it still writes is sealed under it: it is
    /// returned (the leaver's key when the circle had already moved on, or they held an older one).
    /// </summary>
    public async Task<SealingKey> MoveOnAsync(Guid circleId, SealingKey leaversKey)
    {
        ArgumentNullException.ThrowIfNull(leaversKey);
        var epoch = await db.Circles.Where(c => c.Id == circleId).Select(c => c.KeyEpoch).FirstOrDefaultAsync();
        if (leaversKey.Epoch != epoch)
        {
            return leaversKey; // they only ever held an older key: nothing newer is theirs to read
        }

        var next = epoch + 1;
        var key = Envelope.NewKey();
        var moved = await db.AtomicAsync(async () =>
        {
            var claimed = await db.Circles.Where(c => c.Id == circleId && c.KeyEpoch == epoch)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.KeyEpoch, next));
            if (claimed != 1)
            {
                return false; // another member left at the same moment and moved the key on already (nothing was written)
            }

            db.CircleKeyEpochs.Add(new CircleKeyEpoch { CircleId = circleId, Epoch = next, SealedPreviousKey = KeyChain.Link(circleId, next, key, leaversKey.Export()) });
            var members = await db.Memberships.Where(m => m.CircleId == circleId).ToListAsync();
            await SendAsync(circleId, next, key, members);
            await db.SaveChangesAsync();
            return true;
        });
        if (!moved)
        {
            return leaversKey;
        }

        var current = await keys.WithHistoryAsync(circleId, next, key);
        keys.Remember(current);
        return current;
    }

    /// <summary>
    /// The current key for members still holding an older one (they had no key pair when the circle
    /// moved on), sent by a member who opens the circle; a no-op for members still without a key pair.
    /// </summary>
    public async Task CatchUpAsync(Guid circleId, SealingKey current, IReadOnlyCollection<Guid> behindMemberships)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(behindMemberships);
        var members = await db.Memberships.Where(m => behindMemberships.Contains(m.Id) && m.CircleId == circleId && m.KeyEpoch < current.Epoch).ToListAsync();
        if (await SendAsync(circleId, current.Epoch, current.Export(), members) > 0)
        {
            await db.SaveChangesAsync();
        }
    }

    private async Task<int> SendAsync(Guid circleId, int epoch, byte[] key, List<Membership> members)
    {
        var accounts = members.Select(m => m.AccountId).ToList();
        var publicKeys = await db.Users.AsNoTracking()
            .Where(a => accounts.Contains(a.Id) && a.PublicKey != null)
            .Select(a => new { a.Id, a.PublicKey })
            .ToDictionaryAsync(a => a.Id, a => a.PublicKey!);
        var sent = 0;
        foreach (var member in members)
        {
            if (publicKeys.TryGetValue(member.AccountId, out var publicKey))
            {
                member.WrappedCircleKey = PublicKeyWrap.Wrap(publicKey, key, KeyChain.SentContext(circleId, epoch, member.AccountId));
                member.KeyEpoch = epoch;
                sent++;
            }
        }

        return sent;
    }
}
