using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Circles;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>Issue 13, item 1: invites die when the circle changes, members see and withdraw them, and only a few are open at once.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class OpenInviteTests(SharedApps apps)
{
    private const string Couldnt = "We couldn't find that invite";

    [Theory, Providers]
    public async Task A_leaver_cannot_come_back_with_an_invite_they_kept(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var (a, b) = (circle[0], circle[1]);
        var kept = await a.InviteAsync(circle.Circle);

        Assert.Equal(HttpStatusCode.Redirect, (await a.LeaveAsync(circle.Circle)).Status);
        await b.AddClauseAsync(circle.Circle, "We tell each other before meeting an ex", seats: [2]);
        var back = await a.JoinAsync(kept, "Ash");

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains(Couldnt, back.Find("#join-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(Paths.Agreement(circle.Circle))).Status);
        Assert.DoesNotContain("before meeting an ex", (await a.GetAsync("/circles")).Text);
        await using var db = Databases.Open(app);
        Assert.Equal(0, await db.Invites.CountAsync(i => i.CircleId == circle.Circle && !i.Redeemed));
    }

    [Theory, Providers]
    public async Task Someone_joining_voids_every_other_open_invite(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Ash");
        var first = await host.InviteAsync(circle);
        var second = await host.InviteAsync(circle);
        using var birch = await app.SignUpAsync();
        using var cedar = await app.SignUpAsync();

        await birch.JoinCircleAsync(circle, first, "Birch");
        var refused = await cedar.JoinAsync(second, "Cedar");

        Assert.Contains(Couldnt, refused.Find("#join-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await cedar.GetAsync(Paths.Circle(circle))).Status);
        Assert.Null((await host.GetAsync(Paths.Invite(circle))).Find("#open-invites"));
    }

    [Theory, Providers]
    public async Task Members_see_who_made_each_open_invite_and_any_of_them_can_withdraw_it(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var (a, b) = (circle[0], circle[1]);
        var code = await a.InviteAsync(circle.Circle);

        var seen = await b.GetAsync(Paths.Invite(circle.Circle));
        var listed = seen.FindAll("#open-invites li");
        Assert.Single(listed);
        Assert.Contains("Made by Ash", listed[0].TextContent);
        Assert.Contains(DateTime.UtcNow.AddDays(7).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), listed[0].TextContent);
        Assert.DoesNotContain(code, seen.Text);
        Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), seen.Text);

        var inviteId = listed[0].QuerySelector("input[name=invite]")!.GetAttribute("value")!;
        var revoked = await b.PostFormAsync($"{Paths.Invite(circle.Circle)}?handler=Revoke", ("invite", inviteId));
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Contains("that invite no longer works", revoked.Find("#revoke-status")!.TextContent);
        Assert.Empty(revoked.FindAll("#open-invites li"));

        var again = await b.PostFormAsync($"{Paths.Invite(circle.Circle)}?handler=Revoke", ("invite", inviteId));
        Assert.Contains("already stopped working", again.Find("#revoke-status")!.TextContent);
        using var guest = await app.SignUpAsync();
        Assert.Contains(Couldnt, (await guest.JoinAsync(code, "Cedar")).Find("#join-error")!.TextContent);
    }

    [Theory, Providers]
    public async Task Nobody_outside_the_circle_can_withdraw_its_invites(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Ash");
        var code = await host.InviteAsync(circle);
        var inviteId = (await host.GetAsync(Paths.Invite(circle))).Find("#open-invites input[name=invite]")!.GetAttribute("value")!;
        using var other = await app.SignUpAsync();
        var theirs = await other.CreateCircleAsync("Them", "Cedar");
        using var stranger = await app.SignUpAsync();

        var throughTheirs = await other.PostFormAsync($"{Paths.Invite(theirs)}?handler=Revoke", ("invite", inviteId));
        var throughThis = await other.PostFormAsync($"{Paths.Invite(circle)}?handler=Revoke", ("invite", inviteId));
        var byStranger = await stranger.PostFormAsync($"{Paths.Invite(circle)}?handler=Revoke", ("invite", inviteId));

        Assert.Contains("already stopped working", throughTheirs.Find("#revoke-status")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, throughThis.Status);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.Status);
        using var guest = await app.SignUpAsync();
        await guest.JoinCircleAsync(circle, code, "Birch");
    }

    [Theory, Providers]
    public async Task A_circle_has_at_most_five_open_invites_and_withdrawing_one_makes_room(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Ash");
        for (var i = 0; i < CircleRules.MaxOpenInvites; i++)
        {
            await host.InviteAsync(circle);
        }

        var refused = await host.PostFormAsync(Paths.Invite(circle));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Null(refused.Find("[data-invite-code]"));
        Assert.Contains("the most it can have at once", refused.Find("#invite-limit")!.TextContent);
        Assert.Equal(CircleRules.MaxOpenInvites, refused.FindAll("#open-invites li").Count);
        Assert.Contains("the most it can have at once", (await host.GetAsync(Paths.Invite(circle))).Find("#invite-limit")!.TextContent);

        var oldest = refused.Find("#open-invites input[name=invite]")!.GetAttribute("value")!;
        await host.PostFormAsync($"{Paths.Invite(circle)}?handler=Revoke", ("invite", oldest));
        var code = await host.InviteAsync(circle);
        using var guest = await app.SignUpAsync();
        await guest.JoinCircleAsync(circle, code, "Birch");
        await using var db = Databases.Open(app);
        Assert.Equal(0, await db.Invites.CountAsync(i => i.CircleId == circle && !i.Redeemed));
    }
}
