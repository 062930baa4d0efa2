using System.Net;
using Microsoft.AspNetCore.Http;
using System.Text.RegularExpressions;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>Metrics are off unless the operator turns them on, answer only nearby scrapers, and are counts without content.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task There_are_no_metrics_unless_the_operator_turns_them_on()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.Start();

        var scrape = await app.SendFromAsync("127.0.0.1", "GET", "/metrics");

        Assert.Equal(StatusCodes.Status404NotFound, scrape.Response.StatusCode);
    }

    [Fact]
    public async Task Turned_on_metrics_answer_this_machine_and_allowed_networks_only()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["SamePage:Metrics:Enabled"] = "true",
            ["SamePage:Metrics:AllowedNetworks:0"] = "10.1.0.0/16",
        });
        app.Start();

        Assert.Equal(StatusCodes.Status200OK, (await app.SendFromAsync("127.0.0.1", "GET", "/metrics")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await app.SendFromAsync("10.1.2.3", "GET", "/metrics")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await app.SendFromAsync("203.0.113.9", "GET", "/metrics")).Response.StatusCode);
        // A caller who names itself 127.0.0.1 in a header is not believed (no proxy is configured).
        Assert.Equal(StatusCodes.Status404NotFound, (await app.SendFromAsync("203.0.113.9", "GET", "/metrics", ("X-Forwarded-For", "127.0.0.1"))).Response.StatusCode);
    }

    /// <summary>A real process (the counters are per process): sign-ins, a reveal and an agreement signed by both, counted exactly.</summary>
    [Fact]
    public async Task SamePage_counts_sign_ins_reveals_and_signed_agreements_and_nothing_about_anyone()
    {
        await using var data = new NodeData(DatabaseProvider.Sqlite);
        await using var node = await AppNode.StartAsync(new Dictionary<string, string>(data.Settings) { ["SamePage:Metrics:Enabled"] = "true" });
        using var a = node.NewPerson();
        using var b = node.NewPerson();
        await a.SignUpAsync(Names.Username(), Names.Passphrase());
        await b.SignUpAsync(Names.Username(), Names.Passphrase());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await a.SignInAsync()).Status);
        }

        var id = await a.CreateCircleAsync("Us", "Alder");
        await b.JoinCircleAsync(id, await a.InviteAsync(id), "Birch");
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.AnswerAllAsync(id, 1, Stance.Betrayal);
        await b.SubmitAsync(id, 1);
        await a.AddClauseAsync(id, "We tell each other before meeting an ex.");
        Assert.Equal(HttpStatusCode.Redirect, (await a.ProposeAsync(id)).Status);
        await a.SignAsync(id, 1);
        await b.SignAsync(id, 1);
        Assert.Equal("Active", await a.VersionStatusAsync(id, 1));

        using var scraper = new HttpClient { BaseAddress = node.Address };
        var body = await scraper.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(3, Sample(body, "samepage_sign_ins_total"));
        Assert.Equal(1, Sample(body, "samepage_rounds_revealed_total"));
        Assert.Equal(1, Sample(body, "samepage_agreements_signed_total"));
        Assert.Contains("http_server_request_duration_seconds", body);
        foreach (var secret in new[] { a.Username, b.Username, "Alder", "Birch", "meeting an ex", id.ToString() })
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static double Sample(string exposition, string name)
    {
        var match = Regex.Match(exposition, $@"^{name}(?:\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"No {name} in:\n{exposition}");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
