using Microsoft.EntityFrameworkCore;
using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Web.Circles;

namespace SamePage.Web.CheckIns;

/// <summary>
/// The circle's rhythm of check-ins: its cadence, and what is due (read by the circle's home, the
/// check-ins page and the calendar file). Running one check-in is <see cref="CheckInDesk"/>'s.
/// </summary>
public sealed class CheckInRhythm(SamePageDb db, CheckInDesk checkIns, TimeProvider clock)
{
    /// <summary>How often the circle checks in.</summary>
    public async Task<CheckInCadence> CadenceAsync(Guid circleId) =>
        CheckInSchedule.FromDays(await db.Circles.Where(c => c.Id == circleId).Select(c => c.CheckInCadenceDays).FirstAsync());

    /// <summary>Sets how often the circle checks in; the rhythm keeps its first day.</summary>
    public Task SetCadenceAsync(Guid circleId, CheckInCadence cadence) =>
        db.Circles.Where(c => c.Id == circleId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CheckInCadenceDays, (int)cadence));

    /// <summary>What is due for the circle, and the open check-in if there is one.</summary>
    public async Task<CheckInSummary> SummaryAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var cadence = await CadenceAsync(circle.Id);
        var latest = await checkIns.LatestAsync(circle.Id);
        var state = latest is null ? null : await checkIns.StateAsync(circle, latest);
        var revealed = state?.Phase == RoundPhase.Revealed;
        // The rhythm starts with the circle's first check-in (the latest one, when it is the only one).
        var firstOpened = latest is null || latest.Number == 1 ? latest?.OpenedAtUtc : await db.CheckIns
            .Where(c => c.CircleId == circle.Id).OrderBy(c => c.Number).Select(c => (DateTime?)c.OpenedAtUtc).FirstAsync();
        var lastRevealed = revealed ? latest!.Number : await db.CheckIns
            .Where(c => c.CircleId == circle.Id && c.Revealed)
            .MaxAsync(c => (int?)c.Number);
        return Summarise(circle, cadence, latest, state, firstOpened, lastRevealed);
    }

    /// <summary>The same summary from the circle's check-ins already read with their states (newest first): only the cadence is asked.</summary>
    public async Task<CheckInSummary> SummaryAsync(CircleView circle, IReadOnlyList<CheckInListItem> checkInsNewestFirst)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(checkInsNewestFirst);
        var cadence = await CadenceAsync(circle.Id);
        var latest = checkInsNewestFirst.Count == 0 ? null : checkInsNewestFirst[0];
        var firstOpened = checkInsNewestFirst.Count == 0 ? (DateTime?)null : checkInsNewestFirst[^1].CheckIn.OpenedAtUtc;
        var lastRevealed = checkInsNewestFirst.Where(c => c.CheckIn.Revealed).Select(c => (int?)c.CheckIn.Number).Max();
        return Summarise(circle, cadence, latest?.CheckIn, latest?.State, firstOpened, lastRevealed);
    }

    private CheckInSummary Summarise(CircleView circle, CheckInCadence cadence, Data.Entities.CheckIn? latest, RoundState? state, DateTime? firstOpened, int? lastRevealed)
    {
        var revealed = state?.Phase == RoundPhase.Revealed;
        var due = CheckInSchedule.Due(firstOpened, latest?.OpenedAtUtc, revealed, cadence, circle.Members.Count, clock.GetUtcNow().UtcDateTime);
        return new CheckInSummary(
            circle.Id,
            due,
            cadence,
            firstOpened is { } first ? DateOnly.FromDateTime(first) : null,
            revealed || latest is null ? null : latest.Number,
            state is not null && !revealed && state.HasSubmitted(circle.Me.MembershipId),
            lastRevealed);
    }
}
