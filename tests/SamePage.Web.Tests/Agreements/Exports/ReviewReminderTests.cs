using System.Net;
using Ical.Net;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements.Exports;

/// <summary>Issue 4, "Revisit": a calendar file for the review date, valid iCalendar, and discreet.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ReviewReminderTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_calendar_file_parses_back_as_an_all_day_event_on_the_review_date(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We tell each other about dating apps", Expectation.NotOk));
        var review = new DateOnly(2031, 5, 17);
        await AgreementSetup.SetReviewDateAsync(app, circle, number, review);

        var ics = await circle[1].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "ics"));

        Assert.Equal(HttpStatusCode.OK, ics.Status);
        Assert.Equal("text/calendar", ics.ContentType);
        Assert.Equal($"agreement-review-v{number}.ics", ics.FileName);
        var calendar = Calendar.Load(ics.Text);
        Assert.NotNull(calendar);
        var reminder = Assert.Single(calendar.Events);
        Assert.Equal(review, reminder.DtStart!.Date);
        Assert.False(reminder.DtStart.HasTime);
        Assert.True(reminder.IsAllDay);
        Assert.Equal(review.AddDays(1), reminder.DtEnd!.Date);
        Assert.Equal("SamePage: time to revisit our agreement", reminder.Summary);
        Assert.NotNull(reminder.DtStamp);
        Assert.False(string.IsNullOrEmpty(reminder.Uid));
        Assert.Equal(new Uri($"http://localhost/circles/{circle.Circle}/agreement/versions/{number}"), reminder.Url);
        Assert.Contains(reminder.Url!.AbsoluteUri, reminder.Description, StringComparison.Ordinal);

        // The same version gives the same event, so importing it again updates rather than duplicates it.
        var again = Calendar.Load((await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "ics"))).Text)!;
        Assert.Equal(reminder.Uid, Assert.Single(again.Events).Uid);
    }

    [Theory, Providers]
    public async Task The_calendar_file_names_nobody_and_quotes_no_clause(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Quillon", "Marisol");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("Lanternfish secret clause", Expectation.AskFirst, "ex-partners", "Velvet notes", AppliesTo: [0]));

        var ics = await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "ics"));

        Assert.Equal(HttpStatusCode.OK, ics.Status);
        foreach (var secret in new[] { "Quillon", "Marisol", "Lanternfish", "Velvet", "Ex-partners", "Us" })
        {
            Assert.DoesNotContain(secret, ics.Text, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task A_version_not_yet_signed_by_everyone_has_no_calendar_file(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.ProposeAsync(app, circle, new TestClause("Still being signed", Expectation.TellMe));
        await AgreementSetup.SignAsync(app, circle, circle[0], number);

        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "ics"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"))).Status);
        var print = await circle[0].GetAsync(Paths.AgreementPrint(circle.Circle, number));
        Assert.Null(print.Find("#download-reminder"));
        Assert.Contains("Birch", print.Find("#waiting")!.TextContent);
    }
}
