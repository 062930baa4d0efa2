using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

[Collection(SharedAppForAccounts.Name)]
public sealed class LeaveTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Leaving_needs_nobodys_approval(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);

        var explained = await b.GetAsync(Paths.Leave(id));
        var left = await b.LeaveAsync(id);

        Assert.Equal(HttpStatusCode.OK, explained.Status);
        Assert.Contains("nobody needs to approve it", explained.Text);
        Assert.Equal("/circles?left=1", left.Location);
        Assert.Contains("You have left the circle", (await b.FollowAsync(left)).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(Paths.Circle(id))).Status);
        Assert.Null((await b.GetAsync("/circles")).Find($"a[href='{Paths.Circle(id)}']"));
        var home = await a.GetAsync(Paths.Circle(id));
        Assert.Equal(["Alder (you)"], home.FindAll("#members li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task When_the_last_member_leaves_the_circle_is_gone()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var alone = await app.SignUpAsync();
        var id = await alone.CreateCircleAsync("Just me", "Alder");
        var code = await alone.InviteAsync(id);

        await alone.LeaveAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, (await alone.GetAsync(Paths.Circle(id))).Status);
        using var guest = await app.SignUpAsync();
        Assert.Contains("We couldn't find that invite", (await guest.JoinAsync(code, "Birch")).Find("#join-error")!.TextContent);
    }

    [Fact]
    public async Task Someone_who_left_can_come_back_only_with_a_new_invite()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await b.LeaveAsync(id);

        var code = await a.InviteAsync(id);
        await b.JoinCircleAsync(id, code, "Birch");

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(Paths.Circle(id))).Status);
    }

    [Fact]
    public async Task When_everyone_else_from_a_revealed_round_has_left_the_circle_page_offers_a_new_round_instead_of_an_empty_comparison()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await circle.RevealRoundAsync(1, SamePage.Core.Stances.Stance.Fine, SamePage.Core.Stances.Stance.Betrayal);
        Assert.NotNull((await a.GetAsync(Paths.Circle(id))).Find($"a[href='{Paths.Comparison(id, 1)}']"));

        await b.LeaveAsync(id);

        var home = await a.GetAsync(Paths.Circle(id));
        Assert.Null(home.Find($"a[href='{Paths.Comparison(id, 1)}']"));
        Assert.Contains("nothing left to compare", home.Text);
        Assert.NotNull(home.Find("form button[type=submit]:not(.link-button)"));
    }
}
