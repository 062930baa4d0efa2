using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

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
        var reminder = new CalendarEvent
        {
            // The same version always gives the same UID, so importing the file again updates the event.
            Uid = $"samepage-review-{versionId:N}@{versionLink.Host}",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), "UTC"),
            DtStart = new CalDateTime(reviewOn),
            DtEnd = new CalDateTime(reviewOn.AddDays(1)),
            Summary = words.ReminderSummary,
            Description = words.ReminderDescription(versionLink),
            Url = versionLink,
            Class = "PRIVATE",
            Transparency = "TRANSPARENT",
        };
        var calendar = new Calendar { ProductId = "-//SamePage//Agreement review//EN", Method = "PUBLISH" };
        calendar.Events.Add(reminder);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
