using SamePage.Web.Infrastructure;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// A calendar file (iCalendar, RFC 5545) with one all-day event on a version's review date. Calendars
/// sync to other companies' servers, so it says only that it is time to revisit "our agreement" and
/// links back to SamePage: no clause, no name, no circle name.
/// </summary>
public static class ReviewReminder
{
    public static string Write(Guid versionId, DateOnly reviewOn, Uri versionLink, DateTime nowUtc, ExportWords words)
    {
        ArgumentNullException.ThrowIfNull(versionLink);
        ArgumentNullException.ThrowIfNull(words);
        // The same version always gives the same UID, so importing the file again updates the event.
        return new CalendarReminder($"samepage-review-{versionId:N}@{versionLink.Host}", "-//SamePage//Agreement review//EN", reviewOn,
            words.ReminderSummary, words.ReminderDescription(versionLink), versionLink).Write(nowUtc);
    }
}
