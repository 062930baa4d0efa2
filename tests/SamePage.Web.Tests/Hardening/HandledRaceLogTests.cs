using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>Issue 13, item 9: a race the code expects and handles is not logged as a failure.</summary>
public sealed class HandledRaceLogTests
{
    [Theory, Providers]
    public async Task A_unique_index_refusing_the_second_of_two_writes_is_logged_below_error(DatabaseProvider provider)
    {
        var logs = new CapturedLogs();
        await using var app = new AppFactory(provider) { Logs = logs };
        using var host = await app.SignUpAsync();
        using var first = await app.SignUpAsync();
        using var second = await app.SignUpAsync();

        // People joining at once, as the desks meet them: the seat's unique index refuses one, which is retried.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var circle = await host.CreateCircleAsync("Us", "Alder");
            var (one, two) = (await host.InviteAsync(circle), await host.InviteAsync(circle));
            await first.AntiforgeryTokenAsync();
            await second.AntiforgeryTokenAsync();
            var joins = await Task.WhenAll(first.JoinAsync(one, "Birch"), second.JoinAsync(two, "Cedar"));
            // The first to join voids the other open invite, so the second either got in first or is told kindly.
            Assert.All(joins, j => Assert.Contains(j.Status, new[] { HttpStatusCode.Redirect, HttpStatusCode.OK }));
            Assert.Contains(joins, j => j.Status == HttpStatusCode.Redirect);
        }

        // And the same refusal made certain: a second membership of one account in one circle, caught as the desks catch it.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
            var existing = await db.Memberships.AsNoTracking().FirstAsync();
            db.Memberships.Add(new SamePage.Data.Entities.Membership
            {
                Id = Guid.NewGuid(), CircleId = existing.CircleId, AccountId = existing.AccountId, Seat = 8, SealedDisplayName = existing.SealedDisplayName,
            });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var failures = logs.Lines.Where(l => l.Level >= LogLevel.Error).Select(l => l.ToString()).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Category == "Microsoft.EntityFrameworkCore.Update");
    }
}
