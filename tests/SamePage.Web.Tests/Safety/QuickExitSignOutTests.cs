using System.Net;
using AngleSharp.Html.Dom;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Safety;

/// <summary>
/// Issue 12, defect 5: the quick exit ends the session on its way out (a beacon to the sign-out), and
/// signed-in pages are never stored, so Back asks the server again and finds nobody signed in.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class QuickExitSignOutTests(SharedApps apps)
{
    [Fact]
    public async Task The_quick_exits_beacon_signs_out_so_the_circle_asks_to_sign_in_again()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var person = circle[0];
        var page = await person.GetAsync(Paths.Circle(circle.Circle));
        Assert.Contains("no-store", page.Header("Cache-Control"), StringComparison.Ordinal);
        var beacon = Assert.IsAssignableFrom<IHtmlFormElement>(page.Find(".quick-exit-bar form[data-quick-exit-signout]"));
        Assert.Equal("post", beacon.GetAttribute("method"), ignoreCase: true);
        var token = (beacon.QuerySelector($"input[name={Person.TokenField}]") as IHtmlInputElement)?.Value;
        Assert.False(string.IsNullOrEmpty(token));

        var sent = await person.PostWithoutTokenAsync(beacon.GetAttribute("action")!, (Person.TokenField, token!));

        Assert.Equal(HttpStatusCode.NoContent, sent.Status);
        var back = await person.GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal(HttpStatusCode.Redirect, back.Status);
        Assert.Contains("/signin", back.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await circle[1].GetAsync(Paths.Circle(circle.Circle))).Status); // the partner stays signed in
    }

    [Fact]
    public async Task A_beacon_without_the_antiforgery_token_signs_nobody_out()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder");
        var person = circle[0];

        var forged = await person.PostWithoutTokenAsync("/signout?handler=Quick");

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(Paths.Circle(circle.Circle))).Status);
    }

    [Fact]
    public async Task Pages_for_someone_not_signed_in_carry_no_beacon()
    {
        using var stranger = apps.For(DatabaseProvider.Sqlite).NewPerson();

        foreach (var url in new[] { "/", "/signin", "/signup", "/help" })
        {
            var page = await stranger.GetAsync(url);
            Assert.NotNull(page.Find("a[data-quick-exit]"));
            Assert.Null(page.Find("form[data-quick-exit-signout]"));
        }
    }
}
