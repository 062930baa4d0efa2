using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Deployment;

/// <summary>
/// Two SamePage processes on one PostgreSQL database behind nginx (deploy/nginx-samepage.conf),
/// which terminates TLS and takes the nodes in turn. To the partners it is one app: whichever node
/// answers, they stay signed in, their forms are accepted, a crossed edit is caught, a reveal is
/// seen everywhere. Rate limits count per node (docs/OPERATIONS.md, "Scaling out").
/// </summary>
public sealed class ScaleOutTests
{
    private const int RecoveryLimit = 2;

    [PostgresFact]
    public async Task Two_nodes_behind_nginx_serve_a_couple_as_one_app()
    {
        await using var data = new NodeData(DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string>(data.Settings)
        {
            ["SamePage:KnownProxies:0"] = "127.0.0.1",
            ["SamePage:RateLimits:Recovery:PermitLimit"] = RecoveryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        // Started at the same moment on an empty database, as a deployment would.
        await using var first = AppNode.Launch(settings, AppNode.FreePort());
        await using var second = AppNode.Launch(settings, AppNode.FreePort());
        await Task.WhenAll(first.WaitUntilReadyAsync(), second.WaitUntilReadyAsync());
        await using var proxy = await NginxProxy.StartAsync([first.Port, second.Port]);
        var bothNodes = new HashSet<int> { first.Port, second.Port };

        // Sign up and sign in through the proxy; every cookie is Secure behind it.
        using var a = proxy.NewPerson();
        using var b = proxy.NewPerson();
        var signUp = await a.SignUpAsync(Names.Username(), Names.Passphrase());
        await b.SignUpAsync(Names.Username(), Names.Passphrase());
        Assert.Equal(HttpStatusCode.Redirect, (await a.SignOutAsync()).Status);
        var signIn = await a.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.NotEmpty(signIn.SetCookies);
        Assert.All(signUp.SetCookies.Concat(signIn.SetCookies), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));

        // Continue on the other node: still signed in, and its forms (antiforgery) are accepted everywhere.
        var id = await a.CreateCircleAsync("Us", "Alder");
        await b.JoinCircleAsync(id, await a.InviteAsync(id), "Birch");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(Paths.Circle(id))).Status);
        }

        Assert.Equal(bothNodes, Served(a, HttpMethod.Get, HttpStatusCode.OK));
        Assert.Equal(bothNodes, Served(a, HttpMethod.Post, HttpStatusCode.Redirect, HttpStatusCode.OK));

        await CrossedEditAcrossNodesAsync(a, b, id);

        // A round revealed through one node is revealed on the other.
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        Assert.Equal(HttpStatusCode.Redirect, (await a.SubmitAsync(id, 1)).Status);
        await b.AnswerAllAsync(id, 1, Stance.Betrayal);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SubmitAsync(id, 1)).Status);
        var comparisons = new List<WebPage>();
        for (var i = 0; i < 4; i++)
        {
            comparisons.Add(await (i % 2 == 0 ? a : b).GetAsync(Paths.Comparison(id, 1)));
        }

        Assert.All(comparisons, page => Assert.Equal(TestCatalogue.Behaviours.Count, page.FindAll("ul[data-kind=HotSpot] > li").Count));
        Assert.Equal(bothNodes, comparisons.Select(NginxProxy.NodeOf).ToHashSet());

        // Rate limits count per node: two nodes let twice the limit through, then refuse.
        using var guesser = proxy.NewPerson();
        var attempts = new List<WebPage>();
        for (var i = 0; i < 3 * bothNodes.Count; i++)
        {
            attempts.Add(await guesser.PostFormAsync("/recover", ("Username", "someone"), ("Code", $"ABCDE-FGHJK-MNPQR-STVWX-YZ01{i}"), ("NewPassphrase", Names.Passphrase())));
        }

        Assert.Equal(RecoveryLimit * bothNodes.Count, attempts.Count(p => p.Status == HttpStatusCode.OK));
        Assert.Equal(bothNodes.Count, attempts.Count(p => p.Status == HttpStatusCode.TooManyRequests));
        Assert.False(first.HasExited || second.HasExited, $"A node stopped:\n{first.Log}\n{second.Log}");
    }

    /// <summary>Both partners save the same clause at once, each on a different node: one wins, the other sees the crossed-edit screen.</summary>
    private static async Task CrossedEditAcrossNodesAsync(Person a, Person b, Guid id)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var clause = await a.AddClauseAsync(id, $"We share where we are when we travel ({attempt}).");
            var (_, version) = await a.OpenClauseAsync(id, clause);
            await b.OpenClauseAsync(id, clause);

            var pages = await Task.WhenAll(
                a.SaveClauseAsync(id, clause, version, AgreementIntents.ClauseFields($"Alder's wording {attempt}")),
                b.SaveClauseAsync(id, clause, version, AgreementIntents.ClauseFields($"Birch's wording {attempt}")));

            var saved = Assert.Single(pages, p => p.Status == HttpStatusCode.Redirect);
            var crossed = Assert.Single(pages, p => p.Status == HttpStatusCode.OK);
            Assert.Contains("changed this while you were editing", crossed.Find("#conflict")!.TextContent);
            var winner = saved == pages[0] ? "Alder" : "Birch";
            Assert.Contains($"{winner}'s wording {attempt}", await a.DraftTextsAsync(id));
            if (NginxProxy.NodeOf(pages[0]) != NginxProxy.NodeOf(pages[1]))
            {
                return;
            }
        }

        Assert.Fail("The two saves never landed on different nodes.");
    }

    private static HashSet<int> Served(Person person, HttpMethod method, params HttpStatusCode[] statuses) =>
        person.History.Where(p => p.Method == method && statuses.Contains(p.Status)).Select(NginxProxy.NodeOf).ToHashSet();
}
