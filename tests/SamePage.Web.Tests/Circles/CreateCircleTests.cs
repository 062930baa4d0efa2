using System.Net;
using AngleSharp.Html.Dom;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

[Collection(SharedAppForAccounts.Name)]
public sealed class CreateCircleTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_new_circle_has_its_name_its_creator_and_an_open_first_round(DatabaseProvider provider)
    {
        using var person = await apps.For(provider).SignUpAsync();

        var id = await person.CreateCircleAsync("Sunday people", "Alder");

        var page = await person.GetAsync(Paths.Circle(id));
        Assert.Equal("Sunday people", page.Find("h1")!.TextContent.Trim());
        Assert.Equal(["Alder (you)"], page.FindAll("#members li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Round 1", page.Find("#round-heading")!.TextContent);
        Assert.NotNull(page.Find($"a[href='{Paths.Answer(id, 1)}']"));
        var list = await person.GetAsync("/circles");
        Assert.Equal("Sunday people", list.Find($"a[href='{Paths.Circle(id)}']")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_over_long_display_name_gets_a_kind_message_and_what_was_typed_is_kept()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        var typed = string.Concat(Enumerable.Repeat("Marigold ", 34))[..300];

        var page = await person.PostFormAsync("/circles/new", ("Name", "Us"), ("DisplayName", typed));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Please keep your name to 40 characters or fewer", page.Find("#display-name-error")!.TextContent);
        Assert.Equal(typed, ((IHtmlInputElement)page.Find("input[name=DisplayName]")!).Value);
        Assert.Equal("Us", ((IHtmlInputElement)page.Find("input[name=Name]")!).Value);
        Assert.Empty((await person.GetAsync("/circles")).FindAll("ul.compared a"));
    }

    [Fact]
    public async Task An_over_long_display_name_when_joining_gets_a_kind_message_and_the_invite_stays_usable()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var host = await app.SignUpAsync();
        var id = await host.CreateCircleAsync("Us", "Alder");
        var code = await host.InviteAsync(id);
        using var guest = await app.SignUpAsync();
        var typed = new string('B', 300);

        var page = await guest.JoinAsync(code, typed);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Please keep your name to 40 characters or fewer", page.Text);
        Assert.Equal(typed, ((IHtmlInputElement)page.Find("input[name=DisplayName]")!).Value);
        Assert.Equal(code, ((IHtmlInputElement)page.Find("input[name=Code]")!).Value);
        await guest.JoinCircleAsync(id, code, "Birch");
    }

    [Fact]
    public async Task A_circle_needs_a_name_and_a_display_name()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();

        var page = await person.PostFormAsync("/circles/new", ("Name", "   "), ("DisplayName", ""));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("#name-error"));
        Assert.NotNull(page.Find("#display-name-error"));
    }
}
