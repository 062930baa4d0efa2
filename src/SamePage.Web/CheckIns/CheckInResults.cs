using Microsoft.EntityFrameworkCore;
using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;

namespace SamePage.Web.CheckIns;

/// <summary>
/// What revealed check-ins say, and only to those who took part: one check-in's answers and agenda,
/// and the history that trends and drops are drawn from. Running a check-in is <see cref="CheckInDesk"/>'s.
/// </summary>
public sealed class CheckInResults(SamePageDb db, ISealer sealer)
{
    /// <summary>
    /// The revealed check-ins the viewer took part in, oldest first, with the answers of everyone who
    /// took part and is still in the circle. A check-in revealed before someone joined stays with those
    /// who took part, so trends and drops are built only from what the viewer was part of.
    /// </summary>
    public async Task<IReadOnlyList<CheckInRecord>> HistoryAsync(CircleView circle)
    {
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
                .Select(g => new CheckInRecord(g.Key.Number, g.Key.OpenedAtUtc, g.ToDictionary(r => r.Response.MembershipId, r => Open(circle, r.Response)))),
        ];
    }

    /// <summary>
    /// A revealed check-in for one of those who took part; null for anyone else. Throws if it is not
    /// revealed. <paramref name="state"/> is its state as this request read it (<see cref="CheckInDesk.StateAsync"/>).
    /// </summary>
    public async Task<RevealedCheckIn?> RevealedAsync(CircleView circle, CheckIn checkIn, RoundState state, CheckInClauses clauses)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(clauses);
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

    private CheckInAnswers Open(CircleView circle, CheckInResponse response) =>
        sealer.Open(CheckInDocuments.Answers, circle.Key, response.Id, response.SealedAnswers);
}
