using Microsoft.EntityFrameworkCore;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.Concerns;

/// <summary>
/// The author's draft: writing it, changing it, deleting it, and sharing it with the members they
/// choose. A draft is sealed under the author's own key (<c>SealedDraft</c>) and nobody else can learn
/// that it exists; sharing writes the copy the others read, under the circle's key.
/// </summary>
public sealed class ConcernDraftDesk(SamePageDb db, ConcernRows rows, ConcernDesk concerns, ISealer sealer, KeyRing keys, TimeProvider clock, IPushNotifier notifier)
{
    /// <summary>A new private draft by the signed-in member. The draft must already be checked.</summary>
    public async Task<Guid> CreateAsync(CircleView circle, ConcernDraft draft, string? clauseText, bool fromSelfCheck = false)
    {
        ArgumentNullException.ThrowIfNull(circle);
        Checked(draft);
        var concern = new Concern
        {
            Id = Guid.NewGuid(),
            CircleId = circle.Id,
            AuthorMembershipId = circle.Me.MembershipId,
            Status = ConcernStatus.Draft,
            SealedDraft = [],
            CreatedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        concern.SealedDraft = sealer.Seal(ConcernDocuments.Draft, keys.Personal, concern.Id, ConcernDocument.From(draft, clauseText, fromSelfCheck));
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        return concern.Id;
    }

    /// <summary>Keeps the author's changes to a draft, unless it was shared or saved elsewhere since <paramref name="expectedVersion"/>.</summary>
    public async Task<(DraftSave Outcome, ConcernView? Current)> SaveDraftAsync(CircleView circle, Guid concernId, int expectedVersion, ConcernDraft draft, string? clauseText)
    {
        ArgumentNullException.ThrowIfNull(circle);
        Checked(draft);
        db.ChangeTracker.Clear();
        if (await rows.LoadAsync(circle, concernId) is not { } row)
        {
            return (DraftSave.NotFound, null);
        }

        var concern = rows.Case(circle, row);
        if (concern.CanEdit(circle.Me.MembershipId) == EditOutcome.Allowed && concern.Revision != expectedVersion)
        {
            return (DraftSave.ChangedElsewhere, rows.View(circle, row));
        }

        var step = concern.Edit(circle.Me.MembershipId, clock.GetUtcNow().UtcDateTime);
        switch (step.Outcome)
        {
            case EditOutcome.Allowed:
                break;
            case EditOutcome.AlreadyShared:
                return (DraftSave.AlreadyShared, rows.View(circle, row));
            default:
                return (DraftSave.NotFound, null);
        }

        var fromSelfCheck = rows.Draft(row).FromSelfCheck;
        row.SealedDraft = sealer.Seal(ConcernDocuments.Draft, keys.Personal, row.Id, ConcernDocument.From(draft, clauseText, fromSelfCheck));
        rows.Apply(circle, row, step.Change!);
        try
        {
            await db.SaveChangesAsync();
            return (DraftSave.Saved, rows.View(circle, row));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await concerns.FindAsync(circle, concernId);
            return now is null ? (DraftSave.NotFound, null)
                : now.Stage != ConcernStage.Draft ? (DraftSave.AlreadyShared, now)
                : (DraftSave.ChangedElsewhere, now);
        }
    }

    /// <summary>Deletes one of the author's own drafts, for good. Shared concerns are not deleted this way.</summary>
    public async Task<bool> DeleteDraftAsync(CircleView circle, Guid concernId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var deleted = await db.Concerns
            .Where(c => c.Id == concernId && c.CircleId == circle.Id && c.AuthorMembershipId == circle.Me.MembershipId && c.Status == ConcernStatus.Draft)
            .ExecuteDeleteAsync();
        return deleted == 1;
    }

    /// <summary>
    /// The author shares the draft as it was at <paramref name="expectedVersion"/> (what they read on the
    /// share page) with the members they chose. It is shared once; a second attempt changes nothing.
    /// </summary>
    public async Task<ShareResult> ShareAsync(CircleView circle, Guid concernId, int expectedVersion, IReadOnlyCollection<Guid> recipients)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(recipients);
        db.ChangeTracker.Clear();
        if (await rows.LoadAsync(circle, concernId) is not { } row)
        {
            return new ShareResult(ShareOutcome.NotFound);
        }

        var concern = rows.Case(circle, row);
        var document = concern.IsShared ? null : rows.Draft(row);
        if (document is not null && concern.Revision != expectedVersion && concern.CanEdit(circle.Me.MembershipId) == EditOutcome.Allowed)
        {
            return ShareResult.Stale;
        }

        var members = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var step = concern.Share(circle.Me.MembershipId, recipients, members, document?.Draft ?? ConcernDraft.Blank, clock.GetUtcNow().UtcDateTime);
        if (step.Change is not { } change)
        {
            return new ShareResult(step.Outcome);
        }

        row.SealedShared = sealer.Seal(ConcernDocuments.Shared, circle.Key, row.Id, document!.ForSharing());
        rows.Apply(circle, row, change);
        try
        {
            await db.SaveChangesAsync();
            notifier.SomethingNewFor(circle.Id, [.. change.SharedWith]);
            return new ShareResult(ShareOutcome.Shared);
        }
        catch (DbUpdateException)
        {
            // Shared from another tab at the same moment, or someone chosen left the circle just now.
            db.ChangeTracker.Clear();
            var now = await concerns.FindAsync(circle, concernId);
            return new ShareResult(now is null ? ShareOutcome.NotFound
                : now.Case.IsShared ? ShareOutcome.AlreadyShared
                : ShareOutcome.NotAnotherMember);
        }
    }

    private static void Checked(ConcernDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Check().IsFine)
        {
            throw new ArgumentException("Only a checked draft is kept.", nameof(draft));
        }
    }
}
