using Microsoft.EntityFrameworkCore;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;

namespace SamePage.Web.Accounts;

/// <summary>
/// Moves content sealed under the server's key (before user-held keys) to the keys of the people
/// it belongs to, at the owner's first sign-in after the upgrade. A circle gets its key from the
/// first of its members to sign in; members who haven't signed in yet hold it under the legacy
/// server key until they do (no weaker than before the upgrade; see docs/SECURITY.md). An account
/// from before key pairs gets its key pair here too.
/// </summary>
public sealed class LegacyUpgrade(SamePageDb db, ISealer sealer, LegacySealer legacy)
{
    /// <summary>Upgrades everything this person can read; a no-op once done.</summary>
    public async Task RunAsync(SealingKey personal)
    {
        ArgumentNullException.ThrowIfNull(personal);
        var memberships = await db.Memberships.Where(m => m.AccountId == personal.Id).ToListAsync();
        foreach (var membership in memberships)
        {
            await UpgradeCircleKeyAsync(membership, personal);
        }

        await UpgradePersonalAsync(memberships.Select(m => m.Id).ToList(), personal);
        if (await db.Users.FindAsync(personal.Id) is { } account && AccountKeys.GiveKeyPair(account, personal.Export()))
        {
            await db.SaveChangesAsync();
        }
    }

    private async Task UpgradeCircleKeyAsync(Membership membership, SealingKey personal)
    {
        if (membership.WrappedCircleKey is { } wrapped)
        {
            if (!Envelope.IsEnvelope(wrapped) && !PublicKeyWrap.IsWrap(wrapped))
            {
                var key = legacy.UnprotectCircleKey(membership.Id, wrapped);
                membership.WrappedCircleKey = KeyRing.WrapCircleKey(personal, membership.CircleId, key);
                await db.SaveChangesAsync();
            }

            return;
        }

        // Nobody in this circle has signed in since the upgrade: this member gives it its key.
        var circleKey = Envelope.NewKey();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var mine = KeyRing.WrapCircleKey(personal, membership.CircleId, circleKey);
        var claimed = await db.Memberships
            .Where(m => m.Id == membership.Id && m.WrappedCircleKey == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.WrappedCircleKey, mine));
        if (claimed != 1)
        {
            // Another sign-in upgraded the circle at the same moment.
            await transaction.RollbackAsync();
            await db.Entry(membership).ReloadAsync();
            await UpgradeCircleKeyAsync(membership, personal);
            return;
        }

        membership.WrappedCircleKey = mine;
        db.Entry(membership).Property(m => m.WrappedCircleKey).IsModified = false;
        var others = await db.Memberships.Where(m => m.CircleId == membership.CircleId && m.Id != membership.Id && m.WrappedCircleKey == null).ToListAsync();
        foreach (var other in others)
        {
            other.WrappedCircleKey = legacy.ProtectCircleKey(other.Id, circleKey);
        }

        await ResealCircleAsync(membership.CircleId, SealingKey.Circle(membership.CircleId, circleKey));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Every value of the circle's sealed columns (<see cref="SealedColumns"/>) still under the legacy key, under the circle's.</summary>
    private async Task ResealCircleAsync(Guid circleId, SealingKey key)
    {
        foreach (var column in SealedColumns.Of(KeyScope.Circle))
        {
            await column.RewriteAsync(db, SealedScope.OfCircle(circleId), (owner, value) => Reseal(key, column.Field, owner, value));
        }
    }

    /// <summary>Every value of the person's own sealed columns still under the legacy key, under their personal key.</summary>
    private async Task UpgradePersonalAsync(List<Guid> membershipIds, SealingKey personal)
    {
        foreach (var column in SealedColumns.Of(KeyScope.Personal))
        {
            await column.RewriteAsync(db, SealedScope.OfPerson(personal.Id, membershipIds), (owner, value) => Reseal(personal, column.Field, owner, value));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The value under the new key, if it was still under the legacy one.</summary>
    private byte[] Reseal(SealingKey key, SealedField field, Guid owner, byte[] value) =>
        Envelope.IsEnvelope(value) ? value : sealer.Seal(key, field, owner, legacy.Unseal(field, owner, value));
}
