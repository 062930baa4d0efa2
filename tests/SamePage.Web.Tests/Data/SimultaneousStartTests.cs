using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Several nodes started at the same moment on one PostgreSQL database (a deployment rolling out, a
/// supervisor restarting everything): one migrates, the others wait for it, and none of them crashes.
/// </summary>
public sealed class SimultaneousStartTests
{
    private const int Nodes = 4;

    [PostgresFact]
    public Task Nodes_starting_together_on_an_empty_database_all_start() => StartTogetherAsync(olderSchema: false);

    [PostgresFact]
    public Task Nodes_starting_together_on_an_older_database_all_start() => StartTogetherAsync(olderSchema: true);

    private static async Task StartTogetherAsync(bool olderSchema)
    {
        var database = TestPostgres.NewDatabase();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:SamePage"] = database };
        var nodes = Enumerable.Range(0, Nodes).Select(_ => new AppFactory(DatabaseProvider.Postgres, settings)).ToList();
        try
        {
            if (olderSchema)
            {
                await using var db = Databases.Postgres(database);
                await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            }

            using var go = new ManualResetEventSlim();
            var starts = nodes.Select(node => Task.Run(() =>
            {
                go.Wait();
                node.Start();
            })).ToList();
            go.Set();
            await Task.WhenAll(starts); // a node that crashed while migrating throws here

            await using (var db = Databases.Postgres(database))
            {
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            }

            foreach (var node in nodes)
            {
                using var person = await node.SignUpAsync();
                Assert.Equal(System.Net.HttpStatusCode.OK, (await person.GetAsync("/health/ready")).Status);
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            await TestPostgres.DropAsync(database);
        }
    }
}
