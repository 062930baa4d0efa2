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

    private async Task ResealCircleAsync(Guid circleId, SealingKey key)
    {
        var circle = await db.Circles.SingleAsync(c => c.Id == circleId);
        circle.SealedName = Reseal(key, SealedField.CircleName, circle.Id, circle.SealedName);
        foreach (var m in await db.Memberships.Where(m => m.CircleId == circleId).ToListAsync())
        {
            m.SealedDisplayName = Reseal(key, SealedField.DisplayName, m.Id, m.SealedDisplayName);
        }

        foreach (var r in await db.RoundResponses.Where(r => db.Rounds.Any(x => x.Id == r.RoundId && x.CircleId == circleId)).ToListAsync())
        {
            r.SealedAnswers = Reseal(key, SealedField.RoundAnswers, r.Id, r.SealedAnswers);
        }

        foreach (var r in await db.Reflections.Where(r => r.SealedShared != null && db.Rounds.Any(x => x.Id == r.RoundId && x.CircleId == circleId)).ToListAsync())
        {
            r.SealedShared = Reseal(key, SealedField.ReflectionShared, r.Id, r.SealedShared!);
        }

        foreach (var b in await db.CustomBehaviours.Where(b => b.CircleId == circleId).ToListAsync())
        {
            b.SealedContent = Reseal(key, SealedField.CustomBehaviour, b.Id, b.SealedContent);
        }

        foreach (var c in await db.DraftClauses.Where(c => c.CircleId == circleId).ToListAsync())
        {
            c.SealedContent = Reseal(key, SealedField.DraftClause, c.Id, c.SealedContent);
        }

        foreach (var v in await db.AgreementVersions.Where(v => v.CircleId == circleId).ToListAsync())
        {
            v.SealedDocument = Reseal(key, SealedField.AgreementVersion, v.Id, v.SealedDocument);
        }

        foreach (var s in await db.AgreementSignatures.Where(s => db.AgreementVersions.Any(v => v.Id == s.VersionId && v.CircleId == circleId)).ToListAsync())
        {
            s.SealedSignerName = Reseal(key, SealedField.SignerName, s.Id, s.SealedSignerName);
        }

        foreach (var r in await db.CheckInResponses.Where(r => db.CheckIns.Any(c => c.Id == r.CheckInId && c.CircleId == circleId)).ToListAsync())
        {
            r.SealedAnswers = Reseal(key, SealedField.CheckInAnswers, r.Id, r.SealedAnswers);
        }

        foreach (var c in await db.Concerns.Where(c => c.CircleId == circleId).ToListAsync())
        {
            c.SealedShared = c.SealedShared is null ? null : Reseal(key, SealedField.ConcernShared, c.Id, c.SealedShared);
            c.SealedOutcome = c.SealedOutcome is null ? null : Reseal(key, SealedField.ConcernOutcome, c.Id, c.SealedOutcome);
        }

        foreach (var r in await db.ConcernResponses.Where(r => db.Concerns.Any(c => c.Id == r.ConcernId && c.CircleId == circleId)).ToListAsync())
        {
            r.SealedText = Reseal(key, SealedField.ConcernResponse, r.Id, r.SealedText);
        }
    }

    private async Task UpgradePersonalAsync(List<Guid> membershipIds, SealingKey personal)
    {
        foreach (var r in await db.Reflections.Where(r => membershipIds.Contains(r.MembershipId)).ToListAsync())
        {
            r.SealedPrivate = Reseal(personal, SealedField.ReflectionPrivate, r.Id, r.SealedPrivate);
        }

        foreach (var c in await db.Concerns.Where(c => membershipIds.Contains(c.AuthorMembershipId)).ToListAsync())
        {
            c.SealedDraft = Reseal(personal, SealedField.ConcernDraft, c.Id, c.SealedDraft);
        }

        foreach (var s in await db.SelfChecks.Where(s => membershipIds.Contains(s.MembershipId)).ToListAsync())
        {
            s.SealedContent = Reseal(personal, SealedField.SelfCheck, s.Id, s.SealedContent);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The value under the new key, if it was still under the legacy one.</summary>
    private byte[] Reseal(SealingKey key, SealedField field, Guid owner, byte[] value) =>
        Envelope.IsEnvelope(value) ? value : sealer.Seal(key, field, owner, legacy.Unseal(field, owner, value));
}
