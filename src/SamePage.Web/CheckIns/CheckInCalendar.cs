using Ical.Net;
using Ical.Net.DataTypes;
using SamePage.Core.CheckIns;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.CheckIns;

/// <summary>
/// A calendar file (iCalendar, RFC 5545) with one all-day event that repeats at the circle's cadence:
/// weekly, every two weeks, or monthly. Calendars sync to other companies' servers, so it names
/// nobody, quotes nothing and says only that it is time to check in, with a link back.
/// </summary>
public static class CheckInCalendar
{
    /// <param name="rhythmStart">The day the circle's rhythm started: monthly check-ins fall on its day of the month.</param>
    /// <param name="firstOn">The first day in the file: a day of the rhythm.</param>
    public static string Write(Guid circleId, CheckInCadence cadence, DateOnly rhythmStart, DateOnly firstOn, Uri checkInsLink, DateTime nowUtc, CheckInWords words)
    {
        ArgumentNullException.ThrowIfNull(checkInsLink);
        ArgumentNullException.ThrowIfNull(words);
        // One event per circle: importing the file again (say after a change of cadence) updates it.
        return new CalendarReminder($"samepage-check-in-{circleId:N}@{checkInsLink.Host}", "-//SamePage//Check-ins//EN", firstOn,
            words.CalendarSummary, words.CalendarDescription(checkInsLink), checkInsLink)
        {
            Repeats = Rule(cadence, rhythmStart),
        }.Write(nowUtc);
    }

    /// <summary>
    /// Weekly: every week; fortnightly: every second week; monthly: on the rhythm's day of the month,
    /// or the month's last day when the month is shorter. RFC 5545 would skip a month without that day
    /// (FREQ=MONTHLY alone); "the last of the 28th…31st that the month has" (BYSETPOS=-1) is that rule.
    /// </summary>
    public static RecurrenceRule Rule(CheckInCadence cadence, DateOnly rhythmStart)
    {
        switch (cadence)
        {
            case CheckInCadence.Weekly:
                return new RecurrenceRule(FrequencyType.Weekly, 1);
            case CheckInCadence.Fortnightly:
                return new RecurrenceRule(FrequencyType.Weekly, 2);
        }

        var monthly = new RecurrenceRule(FrequencyType.Monthly, 1);
        if (rhythmStart.Day <= 28)
        {
            monthly.ByMonthDay = [rhythmStart.Day];
        }
        else
        {
            monthly.ByMonthDay = [.. Enumerable.Range(28, rhythmStart.Day - 27)];
            monthly.BySetPosition = [-1];
        }

        return monthly;
    }
}
