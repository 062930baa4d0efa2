using Microsoft.EntityFrameworkCore;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;

namespace SamePage.Web.Concerns;

/// <summary>
/// Reading concerns and the shared conversation: the list, one concern, replies and the outcome. Every
/// read and write starts from the signed-in member's view of the circle and asks only for concerns
/// they are part of (<see cref="ConcernRows.Involving"/>). The author's draft and sharing it are
/// <see cref="ConcernDraftDesk"/>'s.
/// </summary>
public sealed class ConcernDesk(SamePageDb db, ConcernRows rows, ISealer sealer, TimeProvider clock)
{
    /// <summary>The concern if the signed-in member is part of it; otherwise null (a 404 for the page).</summary>
    public async Task<ConcernView?> FindAsync(CircleView circle, Guid concernId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var row = await rows.Involving(circle).AsNoTracking()
            .Include(c => c.Recipients)
            .Include(c => c.Responses)
            .FirstOrDefaultAsync(c => c.Id == concernId);
        return row is null ? null : rows.View(circle, row);
    }

    /// <summary>The member's drafts, the concerns shared with them and the ones they raised; newest first.</summary>
    public async Task<ConcernList> ListAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var me = circle.Me.MembershipId;
        var found = await rows.Involving(circle).AsNoTracking()
            .Include(c => c.Recipients)
            .Include(c => c.Responses)
            .ToListAsync();
        var all = found.Select(r => rows.View(circle, r))
            .OrderByDescending(v => v.SharedAtUtc ?? v.CreatedOn.ToDateTime(TimeOnly.MaxValue))
            .Select(v => new ConcernSummary(v.Id, v.Stage, v.Author, [.. v.Case.Recipients], v.CreatedOn, v.SharedAtUtc, v.Document.Noticed, v.Case.Outcome))
            .ToList();
        return new ConcernList(
            [.. all.Where(c => c.Stage == ConcernStage.Draft)],
            [.. all.Where(c => c.Author != me)],
            [.. all.Where(c => c.Author == me && c.Stage != ConcernStage.Draft)]);
    }

    /// <summary>A reply by the author or someone it was shared with. The text must already be checked (not empty, within the limit).</summary>
    public Task<RespondOutcome> RespondAsync(CircleView circle, Guid concernId, string text)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var kept = ConcernText.Normalize(text);
        if (kept.Length == 0 || ConcernText.Check(kept) != TextProblem.None)
        {
            throw new ArgumentException("Only a checked reply is kept.", nameof(text));
        }

        // A reply and a closing that cross are never both kept: each moves the revision on.
        return db.RetryAsync(async () =>
        {
            if (await rows.LoadAsync(circle, concernId) is not { } row)
            {
                return RespondOutcome.NotFound;
            }

            var step = rows.Case(circle, row).Respond(circle.Me.MembershipId, clock.GetUtcNow().UtcDateTime);
            if (step.Change is not { } change)
            {
                return step.Outcome;
            }

            var reply = new ConcernResponse { Id = Guid.NewGuid(), ConcernId = row.Id, MembershipId = change.By, SealedText = [], CreatedAtUtc = change.AtUtc };
            reply.SealedText = sealer.Seal(ConcernDocuments.Reply, circle.Key, reply.Id, kept);
            db.ConcernResponses.Add(reply);
            rows.Apply(circle, row, change);
            await db.SaveChangesAsync();
            return step.Outcome;
        });
    }

    /// <summary>Records how the concern was settled, once, by anyone involved.</summary>
    public Task<CloseOutcome> CloseAsync(CircleView circle, Guid concernId, ConcernOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(circle);

        // A reply or another outcome that crossed this one: read again and decide again.
        return db.RetryAsync(async () =>
        {
            if (await rows.LoadAsync(circle, concernId) is not { } row)
            {
                return CloseOutcome.NotFound;
            }

            var step = rows.Case(circle, row).Close(circle.Me.MembershipId, outcome, clock.GetUtcNow().UtcDateTime);
            if (step.Change is { } change)
            {
                rows.Apply(circle, row, change);
                await db.SaveChangesAsync();
            }

            return step.Outcome;
        });
    }
}
