using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>Issue 6, "Dashboard": the circle's home says when a check-in is due, on the app's clock (a fake one here).</summary>
public sealed class CheckInDueTests
{
    [Theory, Providers]
    public async Task A_check_in_falls_due_again_a_full_cadence_after_the_last_one_opened(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 3, 9, 0, 0, TimeSpan.Zero));
        await using var app = new AppFactory(provider, clock: clock);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.PostFormAsync(Paths.CheckInCadence(id), ("Cadence", "Weekly"));
        await circle.CheckInTogetherAsync(Scores(4), Scores(4));

        var home = await a.GetAsync(Paths.Circle(id));
        var due = home.Find("#check-in-summary #check-in-due")!;
        Assert.Equal("NotYet", due.GetAttribute("data-due"));
        Assert.Contains("due on 10 March 2031", due.TextContent, StringComparison.Ordinal);

        // A week later (sign-in sessions last hours, so sign in again): due, with a way to start it.
        clock.Advance(TimeSpan.FromDays(7));
        using var again = app.NewPerson();
        await again.SignInAsync(a.Username, a.Passphrase);
        home = await again.GetAsync(Paths.Circle(id));
        due = home.Find("#check-in-summary #check-in-due")!;
        Assert.Equal("Due", due.GetAttribute("data-due"));
        Assert.Contains("A check-in is due.", due.TextContent, StringComparison.Ordinal);
        Assert.NotNull(due.QuerySelector("form button"));

        var next = await again.StartCheckInAsync(id);
        Assert.Equal(2, next);
        Assert.Equal("Open", (await again.GetAsync(Paths.Circle(id))).Find("#check-in-due")!.GetAttribute("data-due"));
    }
}
