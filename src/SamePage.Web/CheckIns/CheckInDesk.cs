using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.CheckIns;

/// <summary>
/// Where check-ins are run: each member's answers saved as one sealed document, submissions recorded,
/// and the reveal stored once Core's <see cref="CheckInRun"/> says every current member has submitted
/// (a check-in lives the same sealed-then-revealed life as a round); the desk stores what Core's steps
/// say changed and decides nothing itself. Nothing here returns another member's answers before the
/// reveal, and after it only to those who took part (<see cref="CheckInResults"/>).
/// </summary>
public sealed class CheckInDesk(SamePageDb db, ISealer sealer, AgreementVersionDesk agreements, TimeProvider clock, IPushNotifier notifier)
{
    /// <summary>The circle's check-ins, newest first.</summary>
    public Task<List<CheckIn>> ListAsync(Guid circleId) =>
        db.CheckIns.AsNoTracking().Where(c => c.CircleId == circleId).OrderByDescending(c => c.Number).ToListAsync();

    public Task<CheckIn?> FindAsync(Guid circleId, int number) =>
        db.CheckIns.AsNoTracking().FirstOrDefaultAsync(c => c.CircleId == circleId && c.Number == number);

    /// <summary>One of the circle's check-ins with its state, read together in one query; null if there is no such check-in.</summary>
    public async Task<(CheckIn CheckIn, RoundState State)?> OpenAsync(CircleView circle, int number)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var found = await db.CheckIns.AsNoTracking()
            .Where(c => c.CircleId == circle.Id && c.Number == number)
            .Select(c => new { CheckIn = c, Submitted = c.Responses.Where(r => r.Submitted).Select(r => r.MembershipId).ToList() })
            .FirstOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        var run = Restore(circle, found.CheckIn, found.Submitted);
        await ApplyAsync(found.CheckIn, run.Settled);
        return (found.CheckIn, run.State);
    }

    /// <summary>
    /// The circle's check-ins, newest first, each with its state: the check-ins and who submitted each
    /// read together in one query, however many there are. Reveals for good any that has become complete.
    /// </summary>
    public async Task<List<CheckInListItem>> ListWithStatesAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var found = await db.CheckIns.AsNoTracking()
            .Where(c => c.CircleId == circle.Id)
            .OrderByDescending(c => c.Number)
            .Select(c => new { CheckIn = c, Submitted = c.Responses.Where(r => r.Submitted).Select(r => r.MembershipId).ToList() })
            .ToListAsync();
        var list = new List<CheckInListItem>(found.Count);
        foreach (var item in found)
        {
            var run = Restore(circle, item.CheckIn, item.Submitted);
            await ApplyAsync(item.CheckIn, run.Settled);
            list.Add(new CheckInListItem(item.CheckIn, run.State));
        }

        return list;
    }

    /// <summary>The check-in's state under the Core rules; reveals it for good if it has become complete (e.g. someone left).</summary>
    public async Task<RoundState> StateAsync(CircleView circle, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkIn);
        var submitted = await db.CheckInResponses.Where(r => r.CheckInId == checkIn.Id && r.Submitted).Select(r => r.MembershipId).ToListAsync();
        var run = Restore(circle, checkIn, submitted);
        await ApplyAsync(checkIn, run.Settled);
        return run.State;
    }

    /// <summary>Opens the next check-in, unless one is open already (then that one) or there is nobody to check in with.</summary>
    public async Task<(CheckInStart Outcome, CheckIn? CheckIn)> StartAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var latest = await LatestAsync(circle.Id);
        if (latest is not null && (await StateAsync(circle, latest)).Phase != RoundPhase.Revealed)
        {
            return (CheckInStart.AlreadyOpen, latest);
        }

        if (circle.Members.Count < CheckInSchedule.MinimumMembers)
        {
            return (CheckInStart.NeedsPartners, null);
        }

        var next = new CheckIn
        {
            Id = Guid.NewGuid(),
            CircleId = circle.Id,
            Number = (latest?.Number ?? 0) + 1,
            OpenedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CheckIns.Add(next);
        try
        {
            await db.SaveChangesAsync();
            return (CheckInStart.Started, next);
        }
        catch (DbUpdateException)
        {
            // Someone else in the circle started it at the same moment: that one is the one to answer.
            db.ChangeTracker.Clear();
            return (CheckInStart.AlreadyOpen, await FindAsync(circle.Id, next.Number));
        }
    }

    /// <summary>The signed-in member's own answers so far (empty if none).</summary>
    public async Task<CheckInAnswers> AnswersAsync(CircleView circle, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkIn);
        var response = await db.CheckInResponses.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CheckInId == checkIn.Id && r.MembershipId == circle.Me.MembershipId);
        return response is null ? CheckInAnswers.Empty : Open(circle, response);
    }

    /// <summary>
    /// Keeps a checked edit in the signed-in member's sealed answers. Saves racing each other (two tabs)
    /// are merged, never lost; a text changed elsewhere since the edit's form was opened is never
    /// overwritten (Stale); when the race keeps being lost, nothing is written (Busy).
    /// </summary>
    public Task<(CheckInSave Outcome, CheckInAnswers Answers)> SaveAsync(CircleView circle, CheckIn checkIn, CheckInEdit edit)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(edit);
        var me = circle.Me.MembershipId;
        return db.RetryAsync(
            async () =>
            {
                // One read gives both who has submitted and the member's own answers.
                var responses = await db.CheckInResponses.Where(r => r.CheckInId == checkIn.Id).ToListAsync();
                var run = Restore(circle, checkIn, responses.Where(r => r.Submitted).Select(r => r.MembershipId));
                var response = responses.FirstOrDefault(r => r.MembershipId == me);
                var current = response is null ? CheckInAnswers.Empty : Open(circle, response);
                if (!run.State.CanEdit(me))
                {
                    await ApplyAsync(checkIn, run.Settled);
                    return (run.State.Phase == RoundPhase.Revealed ? CheckInSave.Revealed : CheckInSave.AlreadySubmitted, current);
                }

                if (edit.StaleTexts(current).Count > 0)
                {
                    return (CheckInSave.Stale, current);
                }

                var answers = edit.ApplyTo(current);
                if (response is null)
                {
                    response = new CheckInResponse { Id = Guid.NewGuid(), CheckInId = checkIn.Id, MembershipId = me, SealedAnswers = [] };
                    db.CheckInResponses.Add(response);
                }
                else
                {
                    response.Version++;
                }

                response.SealedAnswers = sealer.Seal(CheckInDocuments.Answers, circle.Key, response.Id, answers);
                await db.SaveChangesAsync();
                return (CheckInSave.Saved, answers);
            },
            // Another save of the same answers kept winning the race: nothing of this one was written.
            async () => (CheckInSave.Busy, await AnswersAsync(circle, checkIn)));
    }

    /// <summary>Submits the signed-in member's answers as saved. Submitting again changes nothing.</summary>
    public async Task<CheckInSubmit> SubmitAsync(CircleView circle, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkIn);
        var me = circle.Me.MembershipId;
        var (outcome, change) = await db.RetryAsync(async () =>
        {
            var responses = await db.CheckInResponses.Where(r => r.CheckInId == checkIn.Id).ToListAsync();
            var run = Restore(circle, checkIn, responses.Where(r => r.Submitted).Select(r => r.MembershipId));
            if (run.State.Phase == RoundPhase.Revealed || run.State.HasSubmitted(me))
            {
                await ApplyAsync(checkIn, run.Settled);
                return (run.State.HasSubmitted(me) ? CheckInSubmit.AlreadySubmitted : CheckInSubmit.Revealed, (CheckInChange?)null);
            }

            var response = responses.FirstOrDefault(r => r.MembershipId == me);
            if (response is null || !Open(circle, response).HasAllScores)
            {
                return (CheckInSubmit.Incomplete, null);
            }

            var submission = run.Submit(me);
            if (submission.Change is null)
            {
                return (submission.Outcome == SubmitOutcome.AlreadySubmitted ? CheckInSubmit.AlreadySubmitted : CheckInSubmit.Revealed, null);
            }

            // Only the submission changes, and only if nobody saved in between (the version is the concurrency token).
            response.Submitted = true;
            response.Version++;
            await db.SaveChangesAsync();
            return (CheckInSubmit.Submitted, submission.Change);
        });
        if (change is null)
        {
            return outcome;
        }

        if (change.Reveal)
        {
            await ApplyAsync(checkIn, change);
        }
        else
        {
            // Two people submitting at the same instant each see the other as not yet submitted; read again.
            await StateAsync(circle, checkIn);
        }

        notifier.SomethingNew(checkIn.CircleId, me);
        return CheckInSubmit.Submitted;
    }

    /// <summary>What the agreement gives a check-in to ask about: the active version's clauses, and every version's wording.</summary>
    public async Task<CheckInClauses> ClausesAsync(CircleView circle)
    {
        var versions = await agreements.VersionsAsync(circle);
        var active = versions.FirstOrDefault(v => v.Status == VersionStatus.Active);
        var known = new Dictionary<Guid, Clause>();
        foreach (var version in versions.Where(v => v.Status is VersionStatus.Active or VersionStatus.Superseded))
        {
            foreach (var clause in version.Document.Clauses)
            {
                // Versions come newest first: the first wording met is the latest.
                known.TryAdd(clause.Id, clause);
            }
        }

        return new CheckInClauses(active?.Document.Clauses ?? [], known);
    }

    /// <summary>The circle's latest check-in, open or revealed; null before the first.</summary>
    public Task<CheckIn?> LatestAsync(Guid circleId) =>
        db.CheckIns.AsNoTracking().Where(c => c.CircleId == circleId).OrderByDescending(c => c.Number).FirstOrDefaultAsync();

    private static CheckInRun Restore(CircleView circle, CheckIn checkIn, IEnumerable<Guid> submitted) =>
        CheckInRun.Restore(circle.Members.Select(m => m.MembershipId), submitted, checkIn.Revealed);

    /// <summary>Stores what Core decided: today only ever the reveal, which is for good.</summary>
    private async Task ApplyAsync(CheckIn checkIn, CheckInChange? change)
    {
        if (change is { Reveal: true } && !checkIn.Revealed)
        {
            await db.CheckIns.Where(c => c.Id == checkIn.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Revealed, true));
            checkIn.Revealed = true;
        }
    }

    private CheckInAnswers Open(CircleView circle, CheckInResponse response) =>
        sealer.Open(CheckInDocuments.Answers, circle.Key, response.Id, response.SealedAnswers);
}
