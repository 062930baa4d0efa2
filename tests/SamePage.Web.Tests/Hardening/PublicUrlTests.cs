using System.Net;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// Issue 13, item 6: absolute links (the invite, the check-in calendar, the review reminder) come from
/// `SamePage:PublicUrl`, never from the Host header a client chose; a host that is not SamePage's is refused.
/// </summary>
public sealed class PublicUrlTests
{
    private const string Forged = "evil.example";

    [Fact]
    public async Task With_a_public_address_only_its_host_is_let_in()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:PublicUrl"] = "https://samepage.example.org" });
        using var visitor = app.NewPerson(new Uri("https://samepage.example.org"));
        using var local = app.NewPerson();

        var refused = await WithHostAsync(visitor, HttpMethod.Get, "/signin", Forged);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.DoesNotContain(Forged, refused.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/signin")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await local.GetAsync("/signin")).Status);
    }

    [Fact]
    public async Task Links_name_the_public_address_whatever_host_the_request_named()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["SamePage:PublicUrl"] = "https://samepage.example.org/",
            ["AllowedHosts"] = "*", // an operator who opened every host still gets links to the public address
        });
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We tell each other about dating apps", Expectation.NotOk));
        await AgreementSetup.SetReviewDateAsync(app, circle, number, new DateOnly(2031, 5, 17));

        var links = await LinksAsync(circle, number, Forged);

        Assert.All(links, l => Assert.StartsWith("https://samepage.example.org/", l, StringComparison.Ordinal));
        Assert.All(links, l => Assert.DoesNotContain(Forged, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_public_address_a_forged_host_is_refused_and_this_machine_gets_its_own_links()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");

        var refused = await WithHostAsync(circle[0], HttpMethod.Post, Paths.Invite(circle.Circle), Forged, (Person.TokenField, await circle[0].AntiforgeryTokenAsync()));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.DoesNotContain(Forged, refused.Body, StringComparison.Ordinal);
        var invite = await circle[0].PostFormAsync(Paths.Invite(circle.Circle));
        Assert.StartsWith("http://localhost/join?code=", invite.Find("#invite-link")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_address_but_every_host_allowed_a_forged_host_still_never_appears_in_a_link()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We keep Sundays for us", Expectation.AskFirst));
        await AgreementSetup.SetReviewDateAsync(app, circle, number, new DateOnly(2031, 5, 17));

        var links = await LinksAsync(circle, number, Forged);

        Assert.All(links, l => Assert.DoesNotContain(Forged, l, StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith("http://localhost:5000/", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("samepage.example.org")]
    [InlineData("ftp://samepage.example.org")]
    [InlineData("https://samepage.example.org/?next=/join")]
    public async Task A_public_address_that_is_not_one_stops_start_up_with_the_setting_named(string value)
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:PublicUrl"] = value });

        var problem = Assert.ThrowsAny<Exception>(app.Start);

        Assert.Contains("SamePage:PublicUrl", Flatten(problem), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Flatten(e.InnerException);

    /// <summary>The invite page, the check-in calendar and the review reminder, each asked for with the given Host header.</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(CircleSetup circle, int version, string host)
    {
        var member = circle[0];
        var invite = await WithHostAsync(member, HttpMethod.Post, Paths.Invite(circle.Circle), host, (Person.TokenField, await member.AntiforgeryTokenAsync()));
        var calendar = await WithHostAsync(member, HttpMethod.Get, Paths.CheckInCalendar(circle.Circle), host);
        var reminder = await WithHostAsync(member, HttpMethod.Get, Paths.AgreementExport(circle.Circle, version, "ics"), host);
        Assert.All(new[] { invite, calendar, reminder }, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.DoesNotContain(host, invite.Body + calendar.Body + reminder.Body, StringComparison.Ordinal);

        var links = new List<string>();
        foreach (var body in new[] { invite.Body, Unfold(calendar.Body), Unfold(reminder.Body) })
        {
            links.AddRange(System.Text.RegularExpressions.Regex.Matches(body, @"https?://[^\s""<\\]+").Select(m => m.Value)
                .Where(l => !l.StartsWith("https://www.bbc.com", StringComparison.Ordinal)));
        }

        Assert.Contains(links, l => l.Contains("/join?code=", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("/check-ins", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith($"/agreement/versions/{version}", StringComparison.Ordinal));
        return links;
    }

    private static string Unfold(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    private static Task<WebPage> WithHostAsync(Person person, HttpMethod method, string url, string host, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = host;
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }

        return person.SendRawAsync(request);
    }
}
