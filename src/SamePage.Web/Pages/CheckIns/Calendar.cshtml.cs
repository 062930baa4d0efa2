using System.Text;
using Microsoft.AspNetCore.Mvc;
using SamePage.Core.CheckIns;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.CheckIns;

/// <summary>
/// The circle's check-in rhythm as a calendar file: a repeating all-day event that names nobody and
/// says nothing anyone wrote. It starts on the day the next check-in falls due (today if none has been held yet), and repeats
/// exactly as the circle's rhythm does (<see cref="CheckInSchedule.Occurrence"/>).
/// </summary>
public sealed class CalendarModel(CircleAccess circles, CheckInRhythm rhythm, CheckInWords words, TimeProvider clock, PublicAddress address) : CirclePageModel(circles)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        var summary = await rhythm.SummaryAsync(Circle);
        var now = clock.GetUtcNow().UtcDateTime;
        var firstOn = summary.Due.NextOn ?? DateOnly.FromDateTime(now);
        var link = address.Link(Request, $"{CirclePath}/check-ins");
        var calendar = CheckInCalendar.Write(Circle.Id, summary.Cadence, summary.RhythmStart ?? firstOn, firstOn, link, now, words);
        return File(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", DownloadNames.For(User, "check-ins.ics", $"{DownloadNames.Neutral}.ics"));
    }
}
