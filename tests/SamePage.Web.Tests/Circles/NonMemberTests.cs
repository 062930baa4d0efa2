using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>A circle is invisible to everyone outside it: not "forbidden", simply not there.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class NonMemberTests(SharedApps apps)
{
    private static readonly string Category = TestCatalogue.Categories[0].Id;

    private static IEnumerable<string> GetUrls(Guid circle, int round) =>
    [
        Paths.Circle(circle),
        Paths.Invite(circle),
        Paths.Leave(circle),
        Paths.Answer(circle, round),
        Paths.Answer(circle, round, Category),
        Paths.Review(circle, round),
        Paths.Comparison(circle, round),
    ];

    private static IEnumerable<(string Url, (string, string)[] Fields)> PostUrls(Guid circle, int round) =>
    [
        (Paths.NewRound(circle), []),
        (Paths.Circle(circle), []),
        (Paths.Comparison(circle, round), []),
        (Paths.Invite(circle), []),
        (Paths.Leave(circle), []),
        (Paths.Answer(circle, round, Category), [($"Answers[{TestCatalogue.Catalogue.InCategory(Category).First().Id}]", "Betrayal"), ("go", "save")]),
        (Paths.Autosave(circle, round, Category), [($"Answers[{TestCatalogue.Catalogue.InCategory(Category).First().Id}]", "Betrayal")]),
        (Paths.Submit(circle, round), []),
    ];

    [Theory, Providers]
    public async Task A_signed_in_outsider_gets_404_for_every_circle_and_round_address(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].PostFormAsync(Paths.NewRound(circle.Circle))).Status);
        using var outsider = await app.SignUpAsync();

        foreach (var round in new[] { 1, 2 })
        {
            foreach (var url in GetUrls(circle.Circle, round))
            {
                AssertNotFound(await outsider.GetAsync(url));
            }

            foreach (var (url, fields) in PostUrls(circle.Circle, round))
            {
                AssertNotFound(await outsider.PostFormAsync(url, fields));
            }
        }

        // Nothing the outsider posted changed the circle.
        var home = await circle[0].GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal(2, home.FindAll("#members li").Count);
        Assert.Contains("Round 2", home.Find("#round-heading")!.TextContent);
        Assert.Contains("not submitted yet", home.Find("#round-status")!.TextContent);
    }

    [Theory, Providers]
    public async Task Addresses_of_circles_that_do_not_exist_get_404(DatabaseProvider provider)
    {
        using var member = await apps.For(provider).SignUpAsync();
        var nowhere = Guid.NewGuid();

        foreach (var url in GetUrls(nowhere, 1))
        {
            AssertNotFound(await member.GetAsync(url));
        }

        foreach (var (url, fields) in PostUrls(nowhere, 1))
        {
            AssertNotFound(await member.PostFormAsync(url, fields));
        }
    }

    [Fact]
    public async Task A_member_asking_for_a_round_that_does_not_exist_gets_404()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Ash", "Birch");

        foreach (var url in GetUrls(circle.Circle, 7).Where(IsRoundAddress))
        {
            AssertNotFound(await circle[0].GetAsync(url));
        }

        foreach (var (url, fields) in PostUrls(circle.Circle, 7).Where(p => IsRoundAddress(p.Url)))
        {
            AssertNotFound(await circle[0].PostFormAsync(url, fields));
        }
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        using var anonymous = app.NewPerson();

        foreach (var url in GetUrls(circle.Circle, 1).Append("/circles").Append("/circles/new").Append("/join"))
        {
            var page = await anonymous.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"{page}");
            Assert.StartsWith("http://localhost/signin?ReturnUrl=", page.Location);
        }

        foreach (var (url, fields) in PostUrls(circle.Circle, 1))
        {
            var page = await anonymous.PostFormAsync(url, fields);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"{page}");
            Assert.StartsWith("http://localhost/signin?ReturnUrl=", page.Location);
        }
    }

    private static bool IsRoundAddress(string url) => url.Contains("/rounds/", StringComparison.Ordinal);

    private static void AssertNotFound(WebPage page)
    {
        Assert.True(page.Status == HttpStatusCode.NotFound, $"Expected 404 for {page}");
        Assert.Contains("We couldn't find that page", page.Text);
    }
}
