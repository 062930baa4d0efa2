using System.Net;
using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>Invites last 7 days, on the app's clock (replaced here by a fake one).</summary>
public sealed class InviteExpiryTests
{
    [Theory, Providers]
    public async Task An_invite_expires_after_7_days(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AppFactory(provider, clock: clock);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync();
        var lastMinute = await host.InviteAsync(circle);
        // In another circle: someone joining voids the circle's other open invites (issue 13).
        var otherCircle = await host.CreateCircleAsync();
        var tooLate = await host.InviteAsync(otherCircle);

        // Signed-in sessions last hours, not days: the guests sign up when they get round to it.
        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        using var punctual = await app.SignUpAsync();
        await punctual.JoinCircleAsync(circle, lastMinute, "Birch");

        clock.Advance(TimeSpan.FromMinutes(2));
        using var late = await app.SignUpAsync();
        var refused = await late.JoinAsync(tooLate, "Cedar");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("That invite has expired", refused.Find("#join-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await late.GetAsync(Paths.Circle(otherCircle))).Status);
    }
}
