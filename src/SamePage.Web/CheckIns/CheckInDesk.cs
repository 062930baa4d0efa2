using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.CheckIns;

/// <summary>
/// Where check-ins are run: each member's answers saved as one sealed document,
/// submissions recorded, and the reveal made once Core's <see cref="RoundState"/> says every current
/// member has submitted (a check-in lives the same sealed-then-revealed life as a round). Nothing
/// here returns another member's answers before the reveal, and after it only to those who took part.
/// </summary>
public sealed class CheckInDesk(SamePageDb db, ISealer sealer, KeyRing keys, AgreementDesk agreements, TimeProvider clock, IPushNotifier notifier)
{
    private const int SaveAttempts = 6;

    /// <summary>The circle's check-ins, newest first.</summary>
    public Task<List<CheckIn>> ListAsync(Guid circleId) =>
        db.CheckIns.AsNoTracking().Where(c => c.CircleId == circleId).OrderByDescending(c => c.Number).ToListAsync();

    public Task<CheckIn?> FindAsync(Guid circleId, int number) =>
        db.CheckIns.AsNoTracking().FirstOrDefaultAsync(c => c.CircleId == circleId && c.Number == number);

    /// <summary>The check-in's state under the Core rules; reveals it for good if it has become complete (e.g. someone left).</summary>
    public async Task<RoundState> StateAsync(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var members = await db.Memberships.Where(m => m.CircleId == checkIn.CircleId).Select(m => m.Id).ToListAsync();
        var submitted = await db.CheckInResponses.Where(r => r.CheckInId == checkIn.Id && r.Submitted).Select(r => r.MembershipId).ToListAsync();
        if (checkIn.Revealed)
        {
            // After the reveal, a check-in belongs to those who took part and are still here.
            var participants = submitted.Where(members.Contains).ToList();
            return RoundState.Restore(participants, participants, revealed: true);
        }

        var state = RoundState.Restore(members, submitted, revealed: false);
        if (state.Phase == RoundPhase.Revealed)
        {
            await db.CheckIns.Where(c => c.Id == checkIn.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Revealed, true));
            checkIn.Revealed = true;
        }

        return state;
    }

    /// <summary>Opens the next check-in, unless one is open already (then that one) or there is nobody to check in with.</summary>
    public async Task<(CheckInStart Outcome, CheckIn? CheckIn)> StartAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var latest = await LatestAsync(circle.Id);
        if (latest is not null && (await StateAsync(latest)).Phase != RoundPhase.Revealed)
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

    /// <summary>The member's own answers so far (empty if none).</summary>
    public async Task<CheckInAnswers> AnswersAsync(CheckIn checkIn, Guid membershipId)
    {
        var key = await keys.CircleAsync(checkIn.CircleId);
        ArgumentNullException.ThrowIfNull(checkIn);
        var response = await db.CheckInResponses.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CheckInId == checkIn.Id && r.MembershipId == membershipId);
        return response is null ? CheckInAnswers.Empty : Unseal(key, response);
    }

    /// <summary>
    /// Keeps a checked edit in the member's sealed answers. Saves racing each other (two tabs) are merged,
    /// never lost; a text changed elsewhere since the edit's form was opened is never overwritten (Stale).
    /// </summary>
    public async Task<(CheckInSave Outcome, CheckInAnswers Answers)> SaveAsync(CheckIn checkIn, Guid membershipId, CheckInEdit edit)
    {
        var key = await keys.CircleAsync(checkIn.CircleId);
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(edit);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var state = await StateAsync(checkIn);
            if (!state.CanEdit(membershipId))
            {
                return (state.Phase == RoundPhase.Revealed ? CheckInSave.Revealed : CheckInSave.AlreadySubmitted, await AnswersAsync(checkIn, membershipId));
            }

            var response = await db.CheckInResponses.FirstOrDefaultAsync(r => r.CheckInId == checkIn.Id && r.MembershipId == membershipId);
            var current = response is null ? CheckInAnswers.Empty : Unseal(key, response);
            if (edit.StaleTexts(current).Count > 0)
            {
                return (CheckInSave.Stale, current);
            }

            var answers = edit.ApplyTo(current);
            if (response is null)
            {
                response = new CheckInResponse { Id = Guid.NewGuid(), CheckInId = checkIn.Id, MembershipId = membershipId, SealedAnswers = [] };
                db.CheckInResponses.Add(response);
            }
            else
            {
                response.Version++;
            }

            response.SealedAnswers = sealer.Seal(key, SealedField.CheckInAnswers, response.Id, CheckInSheet.From(answers).ToJson());
            try
            {
                await db.SaveChangesAsync();
                return (CheckInSave.Saved, answers);
            }
            catch (DbUpdateException)
            {
                // Another save of the same answers won the race; read them again and apply this edit on top.
                if (attempt >= SaveAttempts)
                {
                    db.ChangeTracker.Clear();
                    return (CheckInSave.Busy, await AnswersAsync(checkIn, membershipId));
                }

                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
        }
    }

    /// <summary>Submits the member's answers as saved. Submitting again changes nothing.</summary>
    public async Task<CheckInSubmit> SubmitAsync(CheckIn checkIn, Guid membershipId)
    {
        var key = await keys.CircleAsync(checkIn.CircleId);
        ArgumentNullException.ThrowIfNull(checkIn);
        db.ChangeTracker.Clear();
        var state = await StateAsync(checkIn);
        if (state.Phase == RoundPhase.Revealed)
        {
            return state.HasSubmitted(membershipId) ? CheckInSubmit.AlreadySubmitted : CheckInSubmit.Revealed;
        }

        if (state.HasSubmitted(membershipId))
        {
            return CheckInSubmit.AlreadySubmitted;
        }

        var response = await db.CheckInResponses.FirstOrDefaultAsync(r => r.CheckInId == checkIn.Id && r.MembershipId == membershipId);
        if (response is null || !Unseal(key, response).HasAllScores)
        {
            return CheckInSubmit.Incomplete;
        }

        var outcome = state.Submit(membershipId).Outcome;
        if (outcome != SubmitOutcome.Submitted)
        {
            return outcome == SubmitOutcome.AlreadySubmitted ? CheckInSubmit.AlreadySubmitted : CheckInSubmit.Revealed;
        }

        // Only the submission changes, and only if nobody saved in between (the version is the concurrency token).
        response.Submitted = true;
        response.Version++;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another tab saved or submitted at this very moment: ask again with what is stored now.
            return await SubmitAsync(checkIn, membershipId);
        }

        if (state.Phase == RoundPhase.Revealed)
        {
            await db.CheckIns.Where(c => c.Id == checkIn.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Revealed, true));
            checkIn.Revealed = true;
        }
        else
        {
            // Two people submitting at the same instant each see the other as not yet submitted; read again.
            await StateAsync(checkIn);
        }

        notifier.SomethingNew(checkIn.CircleId, membershipId);
        return CheckInSubmit.Submitted;
    }

    /// <summary>
    /// The revealed check-ins the viewer took part in, oldest first, with the answers of everyone who
    /// took part and is still in the circle. A check-in revealed before someone joined stays with those
    /// who took part, so trends and drops are built only from what the viewer was part of.
    /// </summary>
    public async Task<IReadOnlyList<CheckInRecord>> HistoryAsync(CircleView circle)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        var members = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var rows = await db.CheckInResponses.AsNoTracking()
            .Where(r => r.Submitted && r.CheckIn.CircleId == circle.Id && r.CheckIn.Revealed)
            .Select(r => new { Response = r, r.CheckIn.Number, r.CheckIn.OpenedAtUtc })
            .ToListAsync();
        return
        [
            .. rows
                .Where(r => members.Contains(r.Response.MembershipId))
                .GroupBy(r => (r.Number, r.OpenedAtUtc))
                .Where(g => g.Any(r => r.Response.MembershipId == circle.Me.MembershipId))
                .OrderBy(g => g.Key.Number)
                .Select(g => new CheckInRecord(g.Key.Number, g.Key.OpenedAtUtc, g.ToDictionary(r => r.Response.MembershipId, r => Unseal(key, r.Response)))),
        ];
    }

    /// <summary>A revealed check-in for one of those who took part; null for anyone else. Throws if it is not revealed.</summary>
    public async Task<RevealedCheckIn?> RevealedAsync(CircleView circle, CheckIn checkIn, CheckInClauses clauses)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(clauses);
        var state = await StateAsync(checkIn);
        if (state.Phase != RoundPhase.Revealed)
        {
            throw new InvalidOperationException("A check-in is opened to the circle only after it is revealed.");
        }

        if (!state.Members.Contains(circle.Me.MembershipId))
        {
            return null;
        }

        var history = await HistoryAsync(circle);
        var record = history.Single(r => r.Number == checkIn.Number);
        var participants = circle.Members.Where(m => record.TookPart(m.MembershipId)).ToList();
        var order = participants.Select(m => m.MembershipId).ToList();
        var drops = ScoreDrops.At(history, checkIn.Number, order);
        var agenda = CheckInAgenda.Build(order, record.Answers, drops, clauses.Order);
        var mine = ScoreDrops.SafetyDropsFor(history, checkIn.Number, circle.Me.MembershipId);
        return new RevealedCheckIn(checkIn, participants, record.Answers, agenda, mine);
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

    public async Task<CheckInCadence> CadenceAsync(Guid circleId) =>
        CheckInSchedule.FromDays(await db.Circles.Where(c => c.Id == circleId).Select(c => c.CheckInCadenceDays).FirstAsync());

    public Task SetCadenceAsync(Guid circleId, CheckInCadence cadence) =>
        db.Circles.Where(c => c.Id == circleId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CheckInCadenceDays, (int)cadence));

    /// <summary>What is due for the circle, and the open check-in if there is one.</summary>
    public async Task<CheckInSummary> SummaryAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var cadence = await CadenceAsync(circle.Id);
        var latest = await LatestAsync(circle.Id);
        var state = latest is null ? null : await StateAsync(latest);
        var revealed = state?.Phase == RoundPhase.Revealed;
        // The rhythm starts with the circle's first check-in (the latest one, when it is the only one).
        var firstOpened = latest is null || latest.Number == 1 ? latest?.OpenedAtUtc : await db.CheckIns
            .Where(c => c.CircleId == circle.Id).OrderBy(c => c.Number).Select(c => (DateTime?)c.OpenedAtUtc).FirstAsync();
        var due = CheckInSchedule.Due(firstOpened, latest?.OpenedAtUtc, revealed, cadence, circle.Members.Count, clock.GetUtcNow().UtcDateTime);
        var lastRevealed = revealed ? latest!.Number : await db.CheckIns
            .Where(c => c.CircleId == circle.Id && c.Revealed)
            .MaxAsync(c => (int?)c.Number);
        return new CheckInSummary(
            circle.Id,
            due,
            cadence,
            firstOpened is { } first ? DateOnly.FromDateTime(first) : null,
            revealed || latest is null ? null : latest.Number,
            state is not null && !revealed && state.HasSubmitted(circle.Me.MembershipId),
            lastRevealed);
    }

    private Task<CheckIn?> LatestAsync(Guid circleId) =>
        db.CheckIns.AsNoTracking().Where(c => c.CircleId == circleId).OrderByDescending(c => c.Number).FirstOrDefaultAsync();

    private CheckInAnswers Unseal(SealingKey key, CheckInResponse response) =>
        CheckInSheet.FromJson(sealer.Unseal(key, SealedField.CheckInAnswers, response.Id, response.SealedAnswers)).ToAnswers();
}
