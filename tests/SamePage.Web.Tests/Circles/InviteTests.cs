using System.Net;
using AngleSharp.Html.Dom;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

[Collection(SharedAppForAccounts.Name)]
public sealed class InviteTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task An_invite_works_once(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Ash");
        var code = await host.InviteAsync(circle);
        using var first = await app.SignUpAsync();
        using var second = await app.SignUpAsync();

        await first.JoinCircleAsync(circle, code, "Birch");
        var refused = await second.JoinAsync(code, "Cedar");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("That invite has already been used", refused.Find("#join-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(Paths.Circle(circle))).Status);
        Assert.Equal(2, (await host.GetAsync(Paths.Circle(circle))).FindAll("#members li").Count);
    }

    [Fact]
    public async Task The_invite_link_fills_in_the_code()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync();
        var invite = await host.PostFormAsync(Paths.Invite(circle));
        var link = invite.Find("#invite-link")!.TextContent.Trim();
        var code = invite.Find("[data-invite-code]")!.TextContent.Trim();
        using var guest = await app.SignUpAsync();

        var page = await guest.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("#join-error"));
        Assert.Equal(code, ((IHtmlInputElement)page.Find("input[name=Code]")!).Value);
    }

    [Fact]
    public async Task A_malformed_code_gets_a_kind_message()
    {
        using var guest = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();

        var posted = await guest.JoinAsync("not a code!", "Birch");
        var linked = await guest.GetAsync("/join?code=12345");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains("doesn't look like an invite code", posted.Find("#join-error")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, linked.Status);
        Assert.Contains("doesn't look like an invite code", linked.Find("#join-error")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_code_gets_a_kind_message()
    {
        using var guest = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();

        var page = await guest.JoinAsync("ABCDE-FGHJK-MNPQR-STVWX", "Birch");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("We couldn't find that invite", page.Find("#join-error")!.TextContent);
    }

    [Theory, Providers]
    public async Task A_ninth_member_is_refused_kindly(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "One", "Two", "Three", "Four", "Five", "Six", "Seven");
        var forEighth = await circle[0].InviteAsync(circle.Circle);
        var forNinth = await circle[0].InviteAsync(circle.Circle);
        using var eighth = await app.SignUpAsync();
        using var ninth = await app.SignUpAsync();

        await eighth.JoinCircleAsync(circle.Circle, forEighth, "Eight");
        var refused = await ninth.JoinAsync(forNinth, "Nine");

        // The eighth joining voided the ninth's invite (issue 13): a full circle can't be invited to at all.
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("We couldn't find that invite", refused.Find("#join-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await ninth.GetAsync(Paths.Circle(circle.Circle))).Status);
        var home = await circle[0].GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal(8, home.FindAll("#members li").Count);
        Assert.Null(home.Find($"a[href='{Paths.Invite(circle.Circle)}']"));
        var invite = await circle[0].PostFormAsync(Paths.Invite(circle.Circle));
        Assert.Null(invite.Find("[data-invite-code]"));
        Assert.Contains("8 members", invite.Text);
    }

    [Fact]
    public async Task Joining_while_already_a_member_just_returns_to_the_circle_and_leaves_the_invite_unused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Ash");
        var code = await host.InviteAsync(circle);

        var linked = await host.GetAsync($"/join?code={code}");
        var posted = await host.JoinAsync(code, "Ash again");

        Assert.Equal(HttpStatusCode.Redirect, linked.Status);
        Assert.Equal(Paths.Circle(circle), linked.Location);
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal(Paths.Circle(circle), posted.Location);
        Assert.Single((await host.GetAsync(Paths.Circle(circle))).FindAll("#members li"));

        using var guest = await app.SignUpAsync();
        await guest.JoinCircleAsync(circle, code, "Birch");
    }

    [Fact]
    public async Task A_display_name_already_used_in_the_circle_is_refused_and_the_invite_stays_usable()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Ash");
        var code = await host.InviteAsync(circle);
        using var guest = await app.SignUpAsync();

        var refused = await guest.JoinAsync(code, "ash");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("already goes by that name", refused.Find("#display-name-error")!.TextContent);
        await guest.JoinCircleAsync(circle, code, "Birch");
    }
}
