using Microsoft.EntityFrameworkCore;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Concerns;

/// <summary>
/// What both concern desks share: the one query that finds only concerns the signed-in member is part
/// of (the author's own, or one shared with them; anything else is "not found", the same as a concern
/// that does not exist), restoring Core's <see cref="ConcernCase"/> from a row, reading a row as a
/// <see cref="ConcernView"/>, and storing a <see cref="ConcernChange"/> that Core decided. The author's
/// draft is only ever unsealed for a draft, which only its author can reach.
/// </summary>
public sealed class ConcernRows(SamePageDb db, ISealer sealer, KeyRing keys)
{
    /// <summary>The circle's concerns the signed-in member is part of; nothing else is ever read.</summary>
    public IQueryable<Concern> Involving(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var me = circle.Me.MembershipId;
        return db.Concerns.Where(c => c.CircleId == circle.Id
            && (c.AuthorMembershipId == me || (c.Status != ConcernStatus.Draft && c.Recipients.Any(r => r.MembershipId == me))));
    }

    /// <summary>One concern the member is part of, with its recipients and replies, tracked for a write.</summary>
    public Task<Concern?> LoadAsync(CircleView circle, Guid concernId) =>
        Involving(circle).Include(c => c.Recipients).Include(c => c.Responses).FirstOrDefaultAsync(c => c.Id == concernId);

    public ConcernCase Case(CircleView circle, Concern row) =>
        ConcernCase.Restore(
            row.AuthorMembershipId,
            row.Status != ConcernStatus.Draft,
            row.Recipients.Select(r => r.MembershipId),
            row.Responses.Count(r => r.MembershipId != row.AuthorMembershipId),
            row.Status == ConcernStatus.Closed && row.SealedOutcome is not null ? Outcome(circle, row).Outcome : null,
            row.Version);

    public ConcernView View(CircleView circle, Concern row)
    {
        var document = row.Status == ConcernStatus.Draft
            ? Draft(row)
            : sealer.Open(ConcernDocuments.Shared, circle.Key, row.Id, row.SealedShared!);
        var replies = row.Responses
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .Select(r => new ConcernReply(r.Id, r.MembershipId, sealer.Open(ConcernDocuments.Reply, circle.Key, r.Id, r.SealedText), r.CreatedAtUtc))
            .ToList();
        return new ConcernView(row.Id, Case(circle, row), document, row.Version, row.CreatedOn, row.SharedAtUtc, replies,
            row.SealedOutcome is null ? null : Outcome(circle, row));
    }

    /// <summary>The author's draft, under their own key.</summary>
    public ConcernDocument Draft(Concern row) => sealer.Open(ConcernDocuments.Draft, keys.Personal, row.Id, row.SealedDraft);

    /// <summary>Stores what Core decided, as it decided it: the stage, the revision, and for sharing and closing what they record.</summary>
    public void Apply(CircleView circle, Concern row, ConcernChange change)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(change);
        row.Status = change.Stage switch
        {
            ConcernStage.Draft => ConcernStatus.Draft,
            ConcernStage.Closed => ConcernStatus.Closed,
            _ => ConcernStatus.Shared,
        };
        row.Version = change.Revision;
        if (change.SharedWith.Count > 0)
        {
            row.SharedAtUtc = change.AtUtc;
            row.Recipients.AddRange(change.SharedWith.Select(m => new ConcernRecipient { ConcernId = row.Id, MembershipId = m }));
        }

        if (change.Outcome is { } outcome)
        {
            row.SealedOutcome = sealer.Seal(ConcernDocuments.Outcome, circle.Key, row.Id, new OutcomeDocument(outcome, change.By, change.AtUtc));
        }
    }

    private OutcomeDocument Outcome(CircleView circle, Concern row) =>
        sealer.Open(ConcernDocuments.Outcome, circle.Key, row.Id, row.SealedOutcome!);
}
