using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.Agreements;

/// <summary>
/// Where the draft is proposed, signed and becomes the circle's agreement. A proposal freezes the
/// draft under its content hash; any later change to the draft withdraws an unfinished proposal and
/// voids its signatures; the last signature makes it active and supersedes the version before.
/// Every step is a transition of Core's <see cref="Proposal"/>, stored as it returns it.
/// </summary>
public sealed class AgreementSigningDesk(SamePageDb db, ISealer sealer, TimeProvider clock, IPushNotifier notifier)
{
    /// <summary>Freezes the draft as a new version for everyone to sign, if it is still the draft the proposer saw.</summary>
    public async Task<(ProposeOutcome Outcome, int? Number)> ProposeAsync(CircleView circle, int seenRevision)
    {
        ArgumentNullException.ThrowIfNull(circle);
        await SettleAsync(circle);
        var draft = await DraftRows.ReadAsync(db, sealer, circle);
        if (draft.Revision != seenRevision)
        {
            return (ProposeOutcome.DraftMovedOn, null);
        }

        var document = draft.Document;
        if (document.IsEmpty)
        {
            return (ProposeOutcome.Empty, null);
        }

        var current = await db.AgreementVersions.AsNoTracking()
            .Where(v => v.CircleId == circle.Id && (v.Status == VersionStatus.Active || v.Status == VersionStatus.Proposed))
            .ToListAsync();
        if (current.Any(v => v.Status == VersionStatus.Proposed && v.ContentHash == document.Hash))
        {
            return (ProposeOutcome.AlreadyProposed, current.First(v => v.Status == VersionStatus.Proposed).Number);
        }

        if (current.Any(v => v.Status == VersionStatus.Active && v.ContentHash == document.Hash))
        {
            return (ProposeOutcome.SameAsActive, null);
        }

        // Only one of two simultaneous proposals moves the revision on; the other is told the draft moved.
        await DraftRows.EnsureAsync(db, circle.Id);
        var moved = await db.AgreementDrafts
            .Where(d => d.CircleId == circle.Id && d.Revision == seenRevision)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, d => d.Revision + 1));
        if (moved == 0)
        {
            return (ProposeOutcome.DraftMovedOn, null);
        }

        foreach (var open in await db.AgreementVersions.Where(v => v.CircleId == circle.Id && v.Status == VersionStatus.Proposed).ToListAsync())
        {
            if (open.Restore(circle).Withdraw(WithdrawnReason.ProposedAgain, circle.Me.MembershipId) is { } withdrawn)
            {
                open.Apply(withdrawn);
            }
        }

        var proposal = Proposal.Propose(document.Hash, circle.Members.Select(m => m.MembershipId));
        var number = (await db.AgreementVersions.Where(v => v.CircleId == circle.Id).MaxAsync(v => (int?)v.Number) ?? 0) + 1;
        var version = new AgreementVersion
        {
            Id = Guid.NewGuid(),
            CircleId = circle.Id,
            Number = number,
            Status = proposal.Status,
            ContentHash = proposal.Hash,
            SealedDocument = [],
            DraftRevision = seenRevision + 1,
            ProposedByMembershipId = circle.Me.MembershipId,
            ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var names = circle.Members.ToDictionary(m => m.MembershipId, m => m.DisplayName);
        version.SealedDocument = sealer.Seal(AgreementDocuments.Version, circle.Key, version.Id, new VersionDocument(document.Clauses, names));
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync();
        notifier.SomethingNew(circle.Id, circle.Me.MembershipId);
        return (ProposeOutcome.Proposed, number);
    }

    /// <summary>
    /// Signs the version with this number, if its hash is the one the member read and it is still on
    /// the table. The caller has checked the member's passphrase.
    /// </summary>
    public async Task<SignOutcome> SignAsync(CircleView circle, int number, string hash)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var signing = await db.RetryAsync(async () =>
        {
            await SettleAsync(circle);
            var version = await db.AgreementVersions.Include(v => v.Signatures).FirstOrDefaultAsync(v => v.CircleId == circle.Id && v.Number == number);
            if (version is null)
            {
                return new Signing(SignOutcome.NotCurrent);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var signed = version.Restore(circle).Sign(circle.Me.MembershipId, hash, now);
            if (!signed.Counts)
            {
                return signed;
            }

            var signature = new AgreementSignature { Id = Guid.NewGuid(), VersionId = version.Id, MembershipId = circle.Me.MembershipId, SealedSignerName = [], SignedAtUtc = now };
            signature.SealedSignerName = sealer.Seal(AgreementDocuments.SignerName, circle.Key, signature.Id, circle.Me.DisplayName);
            db.AgreementSignatures.Add(signature);
            if (signed.Change is { } activated)
            {
                await ActivateAsync(version, activated, circle);
            }
            else
            {
                version.Concurrency++; // a signature landing at the same moment makes one of the two look again
            }

            await db.SaveChangesAsync();
            return signed;
        });

        if (signing.Counts)
        {
            if (signing.Outcome == SignOutcome.Activated && !circle.IsDemo)
            {
                Infrastructure.Metrics.AgreementsSigned.Add(1);
            }

            notifier.SomethingNew(circle.Id, circle.Me.MembershipId);
        }

        return signing.Outcome;
    }

    /// <summary>Sets when the circle means to review an active version.</summary>
    public async Task<bool> SetReviewDateAsync(CircleView circle, int number, DateOnly reviewOn)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var updated = await db.AgreementVersions
            .Where(v => v.CircleId == circle.Id && v.Number == number && v.Status == VersionStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewOn, reviewOn));
        return updated == 1;
    }

    /// <summary>
    /// Brings the stored versions up to date with the draft and the members: a proposal whose draft has
    /// moved on is withdrawn (signatures void); one that no longer waits for anyone (someone left) becomes active.
    /// </summary>
    public async Task SettleAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var open = await db.AgreementVersions.Include(v => v.Signatures)
            .Where(v => v.CircleId == circle.Id && v.Status == VersionStatus.Proposed).ToListAsync();
        await SettleAsync(circle, open, all: null);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// As <see cref="SettleAsync(CircleView)"/>, for versions already loaded (tracked, with their
    /// signatures): the open ones, and <paramref name="all"/> of the circle's when they are loaded too.
    /// True when something was written (the rows may then be behind what another writer stored).
    /// </summary>
    internal async Task<bool> SettleAsync(CircleView circle, IReadOnlyCollection<AgreementVersion> versions, IReadOnlyCollection<AgreementVersion>? all)
    {
        var open = versions.Where(v => v.Status == VersionStatus.Proposed).ToList();
        if (open.Count == 0)
        {
            return false;
        }

        var draft = await db.AgreementDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.CircleId == circle.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = false;
        foreach (var version in open)
        {
            var proposal = version.Restore(circle);
            if (draft is not null && draft.Revision != version.DraftRevision)
            {
                if (proposal.Withdraw(WithdrawnReason.DraftChanged, draft.LastEditedByMembershipId) is { } withdrawn)
                {
                    version.Apply(withdrawn);
                    changed = true;
                }
            }
            else if (proposal.Leave(now) is { } activated)
            {
                await ActivateAsync(version, activated, circle, all);
                changed = true;
            }
        }

        if (!changed)
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else settled it at the same moment; what they wrote stands.
        }

        return true;
    }

    /// <summary>The version becomes the circle's agreement: the one active before it is superseded.</summary>
    private async Task ActivateAsync(AgreementVersion version, ProposalChange activated, CircleView circle, IReadOnlyCollection<AgreementVersion>? all = null)
    {
        version.Apply(activated);
        var previous = all?.Where(v => v.Status == VersionStatus.Active && v.Id != version.Id).ToList()
            ?? await db.AgreementVersions.Where(v => v.CircleId == version.CircleId && v.Status == VersionStatus.Active && v.Id != version.Id).ToListAsync();
        foreach (var before in previous)
        {
            if (before.Restore(circle).Supersede() is { } superseded)
            {
                before.Apply(superseded);
            }
        }
    }
}
