using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SamePage.Core.CheckIns;

namespace SamePage.Web.CheckIns;

/// <summary>
/// A calendar file (iCalendar, RFC 5545) with one all-day event that repeats at the circle's cadence:
/// weekly, every two weeks, or monthly. Calendars sync to other companies' servers, so it names
/// nobody, quotes nothing and says only that it is time to check in, with a link back.
/// </summary>
public static class CheckInCalendar
{
    public static string Write(Guid circleId, CheckInCadence cadence, DateOnly firstOn, Uri checkInsLink, DateTime nowUtc, CheckInWords words)
    {
        ArgumentNullException.ThrowIfNull(checkInsLink);
        ArgumentNullException.ThrowIfNull(words);
        var reminder = new CalendarEvent
        {
            // One event per circle: importing the file again (say after a change of cadence) updates it.
            Uid = $"samepage-check-in-{circleId:N}@{checkInsLink.Host}",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), "UTC"),
            DtStart = new CalDateTime(firstOn),
            DtEnd = new CalDateTime(firstOn.AddDays(1)),
            Summary = words.CalendarSummary,
            Description = words.CalendarDescription(checkInsLink),
            Url = checkInsLink,
            Class = "PRIVATE",
            Transparency = "TRANSPARENT",
        };
        reminder.RecurrenceRule = Rule(cadence);
        var calendar = new Calendar { ProductId = "-//SamePage//Check-ins//EN", Method = "PUBLISH" };
        calendar.Events.Add(reminder);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>Weekly: every week; fortnightly: every second week; monthly: every month on the same day.</summary>
    public static RecurrenceRule Rule(CheckInCadence cadence) => cadence switch
    {
        CheckInCadence.Weekly => new RecurrenceRule(FrequencyType.Weekly, 1),
        CheckInCadence.Fortnightly => new RecurrenceRule(FrequencyType.Weekly, 2),
        _ => new RecurrenceRule(FrequencyType.Monthly, 1),
    };
}
