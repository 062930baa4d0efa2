using Ical.Net;
using Ical.Net.DataTypes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SamePage.Core.CheckIns;
using SamePage.Web;
using SamePage.Web.CheckIns;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>
/// Defect 8: the due dates the app computes and the calendar file's RRULE are one rhythm. Over every
/// start day of two years (short months, leap day, the 29th–31st), the days a calendar computes from the
/// emitted file are exactly the days Core says check-ins fall due.
/// </summary>
public sealed class CheckInRhythmTests
{
    private static readonly CheckInWords Words = new(new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    private static readonly Uri Link = new("https://samepage.example/circles/x/check-ins");

    public static TheoryData<CheckInCadence> Cadences => [.. CheckInSchedule.Cadences];

    [Theory, MemberData(nameof(Cadences))]
    public void The_calendar_repeats_on_exactly_the_days_check_ins_fall_due(CheckInCadence cadence)
    {
        const int Occurrences = 26;
        for (var start = new DateOnly(2027, 1, 1); start < new DateOnly(2029, 1, 1); start = start.AddDays(cadence == CheckInCadence.Monthly ? 1 : 3))
        {
            // Someone downloads the file after the first check-in: it starts on the next due day.
            var next = CheckInSchedule.NextAfter(start, cadence, start);
            var ics = CheckInCalendar.Write(Guid.Empty, cadence, start, next, Link, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), Words);

            var reminder = Assert.Single(Calendar.Load(ics)!.Events);
            var fromCalendar = reminder.GetOccurrences(new CalDateTime(next)).Take(Occurrences).Select(o => o.Period.StartTime.Date).ToList();
            var fromCore = Enumerable.Range(1, Occurrences).Select(n => CheckInSchedule.Occurrence(start, cadence, n)).ToList();
            Assert.True(fromCore.SequenceEqual(fromCalendar), $"Started {start:yyyy-MM-dd}, {cadence}: calendar {string.Join(' ', fromCalendar)} vs app {string.Join(' ', fromCore)}");

            // A circle that checks in each time it is due walks the same days.
            var opened = start;
            foreach (var expected in fromCore.Take(14))
            {
                var due = CheckInSchedule.Due(start.ToDateTime(TimeOnly.MinValue), opened.ToDateTime(new TimeOnly(21, 30)), true, cadence, 2, opened.ToDateTime(new TimeOnly(22, 0)));
                Assert.Equal(expected, due.NextOn);
                opened = expected;
            }
        }
    }

    [Fact]
    public void A_monthly_rhythm_from_the_31st_keeps_to_the_months_last_day_and_comes_back_to_the_31st()
    {
        var start = new DateOnly(2027, 1, 31);
        Assert.Equal(
            [new(2027, 2, 28), new(2027, 3, 31), new(2027, 4, 30), new(2027, 5, 31)],
            Enumerable.Range(1, 4).Select(n => CheckInSchedule.Occurrence(start, CheckInCadence.Monthly, n)).ToArray<DateOnly>());
        Assert.Contains("BYMONTHDAY=28,29,30,31;BYSETPOS=-1", CheckInCalendar.Write(Guid.Empty, CheckInCadence.Monthly, start, start, Link, DateTime.UnixEpoch, Words), StringComparison.Ordinal);
    }
}
