using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>Leaving is one write: when any of its steps fails, nothing of it happened.</summary>
public sealed class AtomicLeaveTests
{
    [Fact]
    public async Task A_leave_that_fails_halfway_leaves_the_member_and_the_draft_as_they_were()
    {
        var failing = new FailingCommands("UPDATE \"AgreementDrafts\""); // the last step of leaving that touches the draft
        await using var app = new AppFactory(DatabaseProvider.Sqlite)
        {
            TestServices = services => services.ConfigureDbContext<SqliteSamePageDb>(o => o.AddInterceptors(failing)),
        };
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AddClauseAsync(id, AgreementIntents.ClauseFields("Birch tells Alder before a late night out", seats: [2]));
        var before = await SnapshotAsync(app, id);

        failing.Armed = true;
        var failed = await b.LeaveAsync(id);
        failing.Armed = false;

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal(before, await SnapshotAsync(app, id));
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(Paths.Circle(id))).Status);
        Assert.Contains("Birch tells Alder", (await a.GetAsync(Paths.Agreement(id))).Text);

        // Nothing half-done stands in the way of leaving again.
        Assert.Equal("/circles?left=1", (await b.LeaveAsync(id)).Location);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(Paths.Circle(id))).Status);
        Assert.DoesNotContain("Birch tells Alder", (await a.GetAsync(Paths.Agreement(id))).Text);
    }

    /// <summary>Everything leaving changes: who is in, the key's epoch, the draft and the open invites.</summary>
    private static async Task<string> SnapshotAsync(AppFactory app, Guid circleId)
    {
        await using var db = Databases.Open(app);
        var members = await db.Memberships.Where(m => m.CircleId == circleId).OrderBy(m => m.Seat).Select(m => m.Seat + ":" + m.KeyEpoch).ToListAsync();
        var epoch = await db.Circles.Where(c => c.Id == circleId).Select(c => c.KeyEpoch).SingleAsync();
        var clauses = (await db.DraftClauses.Where(c => c.CircleId == circleId).Select(c => new { c.Id, c.Version, c.SealedContent }).ToListAsync())
            .OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.Version}:{Convert.ToBase64String(c.SealedContent)}");
        var revision = await db.AgreementDrafts.Where(d => d.CircleId == circleId).Select(d => d.Revision).FirstOrDefaultAsync();
        var epochs = await db.CircleKeyEpochs.CountAsync(e => e.CircleId == circleId);
        return string.Join("|", [.. members, $"epoch {epoch}", $"epochs {epochs}", $"revision {revision}", .. clauses]);
    }

    /// <summary>Fails the commands that start with the given text while armed, as a database that breaks mid-request would.</summary>
    private sealed class FailingCommands(string prefix) : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.TrimStart().StartsWith(prefix, StringComparison.Ordinal)
                ? throw new InvalidOperationException("The database went away (a test's injected failure).")
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
