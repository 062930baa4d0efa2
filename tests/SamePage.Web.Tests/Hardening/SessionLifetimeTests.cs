using System.Net;
using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// A sign-in ends after 8 hours without a request, and 12 hours after the passphrase was typed
/// however busy the session was; then the passphrase is asked again. On the app's clock (a fake one here).
/// </summary>
public sealed class SessionLifetimeTests
{
    [Fact]
    public async Task A_busy_session_still_ends_12_hours_after_signing_in()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AppFactory(DatabaseProvider.Sqlite, clock: clock);
        using var person = await app.SignUpAsync();

        // Used every few hours, so the 8-hour idle limit never runs out...
        foreach (var hours in new[] { 3, 3, 3, 2.5 })
        {
            clock.Advance(TimeSpan.FromHours(hours));
            Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);
        }

        // ...but 12 hours after the sign-in, the passphrase is asked again.
        clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await person.GetAsync("/circles");
        Assert.Equal(HttpStatusCode.Redirect, expired.Status);
        Assert.Contains("/signin", expired.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/circles")).Status);

        // Signing in again starts a new 12 hours.
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync()).Status);
        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);
    }

    [Fact]
    public async Task A_session_left_alone_for_8_hours_ends()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AppFactory(DatabaseProvider.Sqlite, clock: clock);
        using var person = await app.SignUpAsync();

        clock.Advance(TimeSpan.FromHours(7.5));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);
        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/circles")).Status);
    }

    [Fact]
    public async Task Changing_a_setting_refreshes_the_cookie_but_not_the_time_of_the_sign_in()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AppFactory(DatabaseProvider.Sqlite, clock: clock);
        using var person = await app.SignUpAsync();

        clock.Advance(TimeSpan.FromHours(7));
        var saved = await person.PostFormAsync("/account?handler=Discreet", ("on", "true"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains(saved.SetCookies, c => c.StartsWith("samepage=", StringComparison.Ordinal)); // the cookie was issued again
        clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/circles")).Status);
    }
}
