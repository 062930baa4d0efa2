using System.Net;
using Ical.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>Issue 6, "Dashboard": an .ics file for the cadence, valid iCalendar, repeating, and discreet.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CheckInCalendarTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_calendar_file_parses_back_as_an_event_repeating_at_the_circles_cadence(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Quillon", "Marisol");
        var id = circle.Circle;
        var link = (await circle[1].GetAsync(Paths.CheckIns(id))).Find("#calendar-link")!.GetAttribute("href");
        Assert.Equal(Paths.CheckInCalendar(id), link);
        var uids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (cadence, frequency, interval) in new[] { ("Weekly", FrequencyType.Weekly, 1), ("Fortnightly", FrequencyType.Weekly, 2), ("Monthly", FrequencyType.Monthly, 1) })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await circle[0].PostFormAsync(Paths.CheckInCadence(id), ("Cadence", cadence))).Status);

            var ics = await circle[1].DownloadAsync(Paths.CheckInCalendar(id));

            Assert.Equal(HttpStatusCode.OK, ics.Status);
            Assert.Equal("text/calendar", ics.ContentType);
            Assert.Equal("check-ins.ics", ics.FileName);
            var calendar = Calendar.Load(ics.Text)!;
            var reminder = Assert.Single(calendar.Events);
            Assert.Equal("SamePage: check in together", reminder.Summary);
            Assert.True(reminder.IsAllDay);
            // No check-in yet in a circle of two: the first is due today.
            Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), reminder.DtStart!.Date);
            var rule = reminder.RecurrenceRule;
            Assert.NotNull(rule);
            Assert.Equal(frequency, rule.Frequency);
            Assert.Equal(interval, rule.Interval);
            Assert.Contains(frequency == FrequencyType.Weekly ? "RRULE:FREQ=WEEKLY" : "RRULE:FREQ=MONTHLY", ics.Text, StringComparison.Ordinal);
            Assert.Equal(new Uri($"http://localhost{Paths.CheckIns(id)}"), reminder.Url);
            uids.Add(reminder.Uid!);

            // Calendars sync to other companies: no names, no circle name, nothing anyone wrote.
            foreach (var secret in new[] { "Quillon", "Marisol", "Us" })
            {
                Assert.DoesNotContain(secret, ics.Text, StringComparison.Ordinal);
            }
        }

        // One event per circle, so importing again after changing the cadence updates it.
        Assert.Single(uids);
    }

    [Theory, Providers]
    public async Task After_a_check_in_the_calendar_starts_when_the_next_one_is_due(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var id = circle.Circle;
        await circle[0].PostFormAsync(Paths.CheckInCadence(id), ("Cadence", "Fortnightly"));
        await circle.CheckInTogetherAsync([.. Scores(4), Topics("Wisteria secret topic")], Scores(4));

        var ics = await circle[0].DownloadAsync(Paths.CheckInCalendar(id));

        var reminder = Assert.Single(Calendar.Load(ics.Text)!.Events);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), reminder.DtStart!.Date);
        Assert.DoesNotContain("Wisteria", ics.Text, StringComparison.Ordinal);
    }
}
