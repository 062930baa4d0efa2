using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Concerns;

/// <summary>Parting ways: what leaves with a member (self-checks, drafts, the concerns they raised) and what stays.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class LeavingTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Leaving_deletes_the_leaver_s_self_checks_drafts_and_raised_concerns_and_keeps_their_replies_to_others(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        var birch = await MembershipIdAsync(app, id, seat: 2);

        await b.SelfCheckAsync(id, SelfCheckReason.NoLongerInvested, "Pulling away");
        var draft = await b.DraftConcernAsync(id, "Birch's unshared draft");
        var raisedByBirch = await b.RaiseConcernAsync(id, "Birch's shared concern", [1]);
        await a.ReplyToConcernAsync(id, raisedByBirch, "Alder's reply to Birch");
        var raisedByAlder = await a.RaiseConcernAsync(id, "Alder's concern", [2, 3]);
        await b.ReplyToConcernAsync(id, raisedByAlder, "Birch's reply to Alder");
        await using (var before = Databases.Open(app))
        {
            Assert.Equal(1, await before.SelfChecks.CountAsync(s => s.MembershipId == birch));
            Assert.Equal(2, await before.Concerns.CountAsync(x => x.AuthorMembershipId == birch));
        }

        // Birch leaves from the parting page's own form.
        var parting = await b.GetAsync(Paths.Parting(id));
        Assert.Equal(Paths.Leave(id), parting.Find("#leave-now form")!.GetAttribute("action"));
        var left = await b.PostFormAsync(parting.Find("#leave-now form")!.GetAttribute("action")!);
        Assert.Equal("/circles?left=1", left.Location);

        await using (var after = Databases.Open(app))
        {
            Assert.Equal(0, await after.SelfChecks.CountAsync(s => s.MembershipId == birch));
            Assert.Equal(0, await after.Concerns.CountAsync(x => x.AuthorMembershipId == birch));
            Assert.Equal(0, await after.Concerns.CountAsync(x => x.Id == draft || x.Id == raisedByBirch));
            Assert.Equal(0, await after.ConcernResponses.CountAsync(r => r.ConcernId == raisedByBirch));
            Assert.Equal(0, await after.ConcernRecipients.CountAsync(r => r.MembershipId == birch));
            Assert.Equal(0, await after.ConcernResponses.CountAsync(r => r.MembershipId == birch));
            Assert.Equal(1, await after.ConcernResponses.CountAsync(r => r.ConcernId == raisedByAlder && r.MembershipId == null));
        }

        // For Alder: Birch's concern is gone; Birch's reply stays with Alder's concern, from "someone who has left".
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(Paths.Concern(id, raisedByBirch))).Status);
        Assert.Equal([raisedByAlder], await a.ListedConcernsAsync(id));
        var kept = await a.GetAsync(Paths.Concern(id, raisedByAlder));
        Assert.Equal(["Birch's reply to Alder"], kept.Replies());
        Assert.StartsWith("someone who has left, ", kept.Find("ol.replies h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Shared with Cedar on", kept.Find("#concern-status")!.TextContent);
        Assert.Equal(["Birch's reply to Alder"], (await c.GetAsync(Paths.Concern(id, raisedByAlder))).Replies());
    }

    [Theory, Providers]
    public async Task The_parting_page_says_what_happens_to_each_kind_of_data_and_offers_a_copy_first(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var before = await a.GetAsync(Paths.Parting(id));
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(
            ["answers", "check-ins", "journals", "self-checks", "concerns", "replies", "agreements", "draft", "behaviours", "name", "account"],
            before.FindAll("#what-happens dd").Select(dd => dd.GetAttribute("data-item")!));
        Assert.Contains("not a failure", before.Find("main")!.TextContent);
        Assert.Contains("no agreement versions yet", before.Find("#take-a-copy")!.TextContent);
        Assert.NotNull(before.Find("#take-a-copy a[href='/account/export']"));
        Assert.Null(before.Find("#last-member"));
        Assert.NotNull(before.Find("#parting-support a[href='/help']"));

        await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We say goodbye kindly.", Expectation.Custom));
        var withVersions = await a.GetAsync(Paths.Parting(id));
        Assert.NotNull(withVersions.Find($"#take-a-copy a[href='{Paths.Versions(id)}']"));

        // The circle page and the leave page both lead here.
        Assert.NotNull((await a.GetAsync(Paths.Circle(id))).Find($"#repair-links a[href='{Paths.Parting(id)}']"));
        Assert.NotNull((await a.GetAsync(Paths.Leave(id))).Find($"#parting-link a[href='{Paths.Parting(id)}']"));

        // The last member is told that leaving ends the circle.
        await circle[1].LeaveAsync(id);
        Assert.NotNull((await a.GetAsync(Paths.Parting(id))).Find("#last-member"));

        using var outsider = await app.SignUpAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Paths.Parting(id))).Status);
    }

    private static async Task<Guid> MembershipIdAsync(AppFactory app, Guid circle, int seat)
    {
        await using var db = Databases.Open(app);
        return await db.Memberships.Where(m => m.CircleId == circle && m.Seat == seat).Select(m => m.Id).SingleAsync();
    }
}
