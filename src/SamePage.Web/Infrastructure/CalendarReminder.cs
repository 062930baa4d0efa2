using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// The one way SamePage writes a calendar file (iCalendar, RFC 5545): a single private, all-day event
/// that does not block time, with a link back. Calendars sync to other companies' servers, so callers
/// give only neutral words: no names, no circle name, nothing anyone wrote.
/// </summary>
/// <param name="Uid">Stable for the same thing, so importing the file again updates the event instead of adding one.</param>
/// <param name="ProductId">Which kind of SamePage reminder this is (the calendar's PRODID).</param>
public sealed record CalendarReminder(string Uid, string ProductId, DateOnly On, string Summary, string Description, Uri Link)
{
    /// <summary>How the event repeats; null for once.</summary>
    public RecurrenceRule? Repeats { get; init; }

    /// <summary>The file's text, stamped with <paramref name="nowUtc"/>.</summary>
    public string Write(DateTime nowUtc)
    {
        var reminder = new CalendarEvent
        {
            Uid = Uid,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), "UTC"),
            DtStart = new CalDateTime(On),
            DtEnd = new CalDateTime(On.AddDays(1)),
            Summary = Summary,
            Description = Description,
            Url = Link,
            Class = "PRIVATE",
            Transparency = "TRANSPARENT",
        };
        if (Repeats is not null)
        {
            reminder.RecurrenceRule = Repeats;
        }

        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.Events.Add(reminder);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
