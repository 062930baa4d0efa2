using Microsoft.EntityFrameworkCore;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.Concerns;

/// <summary>
/// Where concerns are written, shared, answered and settled. Every read
/// and write starts from the signed-in member's view of the circle and asks only for concerns they are
/// part of: the author's own, or one shared with them. Anything else is "not found", the same as a
/// concern that does not exist. The author's draft (<c>SealedDraft</c>) is only ever unsealed for a
/// draft, which only its author can reach; everyone else reads the shared copy.
/// </summary>
public sealed class ConcernDesk(SamePageDb db, ISealer sealer, KeyRing keys, TimeProvider clock, IPushNotifier notifier)
{
    private const int WriteAttempts = 6;

    // ------------------------------------------------------------------ reading

    /// <summary>The concern if the signed-in member is part of it; otherwise null (a 404 for the page).</summary>
    public async Task<ConcernView?> FindAsync(CircleView circle, Guid concernId)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        var row = await Involving(circle).AsNoTracking()
            .Include(c => c.Recipients)
            .Include(c => c.Responses)
            .FirstOrDefaultAsync(c => c.Id == concernId);
        return row is null ? null : View(key, row);
    }

    /// <summary>The member's drafts, the concerns shared with them and the ones they raised; newest first.</summary>
    public async Task<ConcernList> ListAsync(CircleView circle)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        var me = circle.Me.MembershipId;
        var rows = await Involving(circle).AsNoTracking()
            .Include(c => c.Recipients)
            .Include(c => c.Responses)
            .ToListAsync();
        var all = rows.Select(r => View(key, r))
            .OrderByDescending(v => v.SharedAtUtc ?? v.CreatedOn.ToDateTime(TimeOnly.MaxValue))
            .Select(v => new ConcernSummary(v.Id, v.Stage, v.Author, [.. v.Case.Recipients], v.CreatedOn, v.SharedAtUtc, v.Document.Noticed, v.Case.Outcome))
            .ToList();
        return new ConcernList(
            [.. all.Where(c => c.Stage == ConcernStage.Draft)],
            [.. all.Where(c => c.Author != me)],
            [.. all.Where(c => c.Author == me && c.Stage != ConcernStage.Draft)]);
    }

    // ------------------------------------------------------------------ the author's draft

    /// <summary>A new private draft by the signed-in member. The draft must already be checked.</summary>
    public async Task<Guid> CreateAsync(CircleView circle, ConcernDraft draft, string? clauseText, bool fromSelfCheck = false)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Check().IsFine)
        {
            throw new ArgumentException("Only a checked draft is kept.", nameof(draft));
        }

        var concern = new Concern
        {
            Id = Guid.NewGuid(),
            CircleId = circle.Id,
            AuthorMembershipId = circle.Me.MembershipId,
            Status = ConcernStatus.Draft,
            SealedDraft = [],
            CreatedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        concern.SealedDraft = sealer.Seal(keys.Personal, SealedField.ConcernDraft, concern.Id, ConcernDocument.From(draft, clauseText, fromSelfCheck).ToJson());
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        return concern.Id;
    }

    /// <summary>Keeps the author's changes to a draft, unless it was shared or saved elsewhere since <paramref name="expectedVersion"/>.</summary>
    public async Task<(DraftSave Outcome, ConcernView? Current)> SaveDraftAsync(CircleView circle, Guid concernId, int expectedVersion, ConcernDraft draft, string? clauseText)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Check().IsFine)
        {
            throw new ArgumentException("Only a checked draft is kept.", nameof(draft));
        }

        db.ChangeTracker.Clear();
        var row = await Involving(circle).Include(c => c.Recipients).Include(c => c.Responses).FirstOrDefaultAsync(c => c.Id == concernId);
        if (row is null)
        {
            return (DraftSave.NotFound, null);
        }

        switch (Case(key, row).CanEdit(circle.Me.MembershipId))
        {
            case EditOutcome.Allowed:
                break;
            case EditOutcome.AlreadyShared:
                return (DraftSave.AlreadyShared, View(key, row));
            default:
                return (DraftSave.NotFound, null);
        }

        if (row.Version != expectedVersion)
        {
            return (DraftSave.ChangedElsewhere, View(key, row));
        }

        var fromSelfCheck = UnsealDraft(row).FromSelfCheck;
        row.SealedDraft = sealer.Seal(keys.Personal, SealedField.ConcernDraft, row.Id, ConcernDocument.From(draft, clauseText, fromSelfCheck).ToJson());
        row.Version++;
        try
        {
            await db.SaveChangesAsync();
            return (DraftSave.Saved, View(key, row));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await FindAsync(circle, concernId);
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

    // ------------------------------------------------------------------ sharing

    /// <summary>
    /// The author shares the draft as it was at <paramref name="expectedVersion"/> (what they read on the
    /// share page) with the members they chose. It is shared once; a second attempt changes nothing.
    /// </summary>
    public async Task<ShareResult> ShareAsync(CircleView circle, Guid concernId, int expectedVersion, IReadOnlyCollection<Guid> recipients)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(recipients);
        db.ChangeTracker.Clear();
        var row = await Involving(circle).Include(c => c.Recipients).Include(c => c.Responses).FirstOrDefaultAsync(c => c.Id == concernId);
        if (row is null)
        {
            return new ShareResult(ShareOutcome.NotFound);
        }

        var concern = Case(key, row);
        var document = concern.IsShared ? null : UnsealDraft(row);
        if (document is not null && row.Version != expectedVersion && concern.CanEdit(circle.Me.MembershipId) == EditOutcome.Allowed)
        {
            return ShareResult.Stale;
        }

        var members = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var outcome = concern.Share(circle.Me.MembershipId, recipients, members, document?.Draft ?? ConcernDraft.Blank);
        if (outcome != ShareOutcome.Shared)
        {
            return new ShareResult(outcome);
        }

        row.Status = ConcernStatus.Shared;
        row.SharedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.SealedShared = sealer.Seal(key, SealedField.ConcernShared, row.Id, document!.ForSharing().ToJson());
        row.Version++;
        foreach (var recipient in concern.Recipients)
        {
            row.Recipients.Add(new ConcernRecipient { ConcernId = row.Id, MembershipId = recipient });
        }

        try
        {
            await db.SaveChangesAsync();
            notifier.SomethingNewFor(circle.Id, [.. concern.Recipients]);
            return new ShareResult(ShareOutcome.Shared);
        }
        catch (DbUpdateException)
        {
            // Shared from another tab at the same moment, or someone chosen left the circle just now.
            db.ChangeTracker.Clear();
            var now = await FindAsync(circle, concernId);
            return new ShareResult(now is null ? ShareOutcome.NotFound
                : now.Case.IsShared ? ShareOutcome.AlreadyShared
                : ShareOutcome.NotAnotherMember);
        }
    }

    // ------------------------------------------------------------------ replies and the outcome

    /// <summary>A reply by the author or someone it was shared with. The text must already be checked (not empty, within the limit).</summary>
    public async Task<RespondOutcome> RespondAsync(CircleView circle, Guid concernId, string text)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        var kept = ConcernText.Normalize(text);
        if (kept.Length == 0 || ConcernText.Check(kept) != TextProblem.None)
        {
            throw new ArgumentException("Only a checked reply is kept.", nameof(text));
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var row = await Involving(circle).Include(c => c.Recipients).Include(c => c.Responses).FirstOrDefaultAsync(c => c.Id == concernId);
            if (row is null)
            {
                return RespondOutcome.NotFound;
            }

            var outcome = Case(key, row).Respond(circle.Me.MembershipId);
            if (outcome != RespondOutcome.Allowed)
            {
                return outcome;
            }

            var reply = new ConcernResponse { Id = Guid.NewGuid(), ConcernId = row.Id, MembershipId = circle.Me.MembershipId, SealedText = [], CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            reply.SealedText = sealer.Seal(key, SealedField.ConcernResponse, reply.Id, kept);
            db.ConcernResponses.Add(reply);
            // Moving the version on means a reply and a closing that cross are never both kept.
            row.Version++;
            try
            {
                await db.SaveChangesAsync();
                return RespondOutcome.Allowed;
            }
            catch (DbUpdateConcurrencyException) when (attempt < WriteAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
        }
    }

    /// <summary>Records how the concern was settled, once, by anyone involved.</summary>
    public async Task<CloseOutcome> CloseAsync(CircleView circle, Guid concernId, ConcernOutcome outcome)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var row = await Involving(circle).Include(c => c.Recipients).Include(c => c.Responses).FirstOrDefaultAsync(c => c.Id == concernId);
            if (row is null)
            {
                return CloseOutcome.NotFound;
            }

            var closed = Case(key, row).Close(circle.Me.MembershipId, outcome);
            if (closed != CloseOutcome.Closed)
            {
                return closed;
            }

            row.Status = ConcernStatus.Closed;
            row.SealedOutcome = sealer.Seal(key, SealedField.ConcernOutcome, row.Id, new OutcomeDocument(outcome, circle.Me.MembershipId, clock.GetUtcNow().UtcDateTime).ToJson());
            row.Version++;
            try
            {
                await db.SaveChangesAsync();
                return CloseOutcome.Closed;
            }
            catch (DbUpdateConcurrencyException) when (attempt < WriteAttempts)
            {
                // A reply or another outcome crossed this one: read again and decide again.
                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
        }
    }

    // ------------------------------------------------------------------ plumbing

    /// <summary>The circle's concerns the signed-in member is part of; nothing else is ever read.</summary>
    private IQueryable<Concern> Involving(CircleView circle)
    {
        var me = circle.Me.MembershipId;
        return db.Concerns.Where(c => c.CircleId == circle.Id
            && (c.AuthorMembershipId == me || (c.Status != ConcernStatus.Draft && c.Recipients.Any(r => r.MembershipId == me))));
    }

    private ConcernCase Case(SealingKey key, Concern row) =>
        ConcernCase.Restore(
            row.AuthorMembershipId,
            row.Status != ConcernStatus.Draft,
            row.Recipients.Select(r => r.MembershipId),
            row.Responses.Count(r => r.MembershipId != row.AuthorMembershipId),
            row.Status == ConcernStatus.Closed && row.SealedOutcome is not null ? UnsealOutcome(key, row).Outcome : null);

    private ConcernView View(SealingKey key, Concern row)
    {
        var document = row.Status == ConcernStatus.Draft
            ? UnsealDraft(row)
            : ConcernDocument.FromJson(sealer.Unseal(key, SealedField.ConcernShared, row.Id, row.SealedShared!));
        var replies = row.Responses
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .Select(r => new ConcernReply(r.Id, r.MembershipId, sealer.Unseal(key, SealedField.ConcernResponse, r.Id, r.SealedText), r.CreatedAtUtc))
            .ToList();
        return new ConcernView(row.Id, Case(key, row), document, row.Version, row.CreatedOn, row.SharedAtUtc, replies,
            row.SealedOutcome is null ? null : UnsealOutcome(key, row));
    }

    private ConcernDocument UnsealDraft(Concern row) =>
        ConcernDocument.FromJson(sealer.Unseal(keys.Personal, SealedField.ConcernDraft, row.Id, row.SealedDraft));

    private OutcomeDocument UnsealOutcome(SealingKey key, Concern row) =>
        OutcomeDocument.FromJson(sealer.Unseal(key, SealedField.ConcernOutcome, row.Id, row.SealedOutcome!));
}
