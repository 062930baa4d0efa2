using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>
/// `/health/live` and `/health/ready` for supervisors and load balancers: a status word and nothing
/// more, and "ready" only while the database answers with every migration applied.
/// </summary>
public sealed class HealthTests
{
    [Theory, Providers]
    public async Task A_started_app_is_live_and_ready_and_says_nothing_else(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        using var anyone = app.NewPerson();

        foreach (var path in new[] { "/health/live", "/health/ready", "/health" })
        {
            var page = await anyone.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"{path} answered {page}");
            Assert.Equal("Healthy", page.Text);
            Assert.Empty(page.SetCookies);
        }
    }

    [Theory, Providers]
    public async Task The_app_is_not_ready_when_a_migration_is_missing_but_stays_live(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        app.Start();
        await using (var db = Databases.Open(app))
        {
            var last = db.Database.GetMigrations().Last();
            // As if the database were older than this build (restored from an old backup, say).
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}"""));
        }

        using var anyone = app.NewPerson();
        var ready = await anyone.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Text); // no check names, no reasons
        var live = await anyone.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    [PostgresFact]
    public async Task The_app_is_not_ready_when_its_database_is_gone()
    {
        await using var app = new AppFactory(DatabaseProvider.Postgres);
        app.Start();
        await TestPostgres.DropAsync(app.ConnectionString);

        using var anyone = app.NewPerson();
        var ready = await anyone.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Text);
        Assert.DoesNotContain("samepage_test", ready.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/live")).Status);
    }
}
