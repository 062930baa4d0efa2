using System.Net;
using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Accounts;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// Decision 0019: each node remembers a sign-in check for <see cref="SessionCache.Lifetime"/>. A
/// session ended on one node is refused there at once; another node that checked it a moment ago
/// may accept it until its memory runs out, and never longer. Two apps on one database and one clock.
/// </summary>
public sealed class SessionAcrossNodesTests
{
    [Fact]
    public async Task A_session_ended_on_one_node_is_refused_on_another_once_its_memory_of_it_runs_out()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        await using var first = new AppFactory(DatabaseProvider.Sqlite, clock: clock);
        await using var second = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:DataDirectory"] = first.DataDirectory }, clock);
        using var person = await first.SignUpAsync();
        using var here = person.MoveTo(first); // copies of the cookie: on this node,
        using var elsewhere = person.MoveTo(second); // and answered by the other node
        Assert.True(SignedIn(await here.GetAsync("/help")));
        Assert.True(SignedIn(await elsewhere.GetAsync("/help")));

        Assert.Equal(HttpStatusCode.Redirect, (await person.SignOutAsync()).Status);

        Assert.False(SignedIn(await here.GetAsync("/help"))); // on the node that ended it: at once
        clock.Advance(TimeSpan.FromSeconds(SessionCache.DefaultSeconds) - TimeSpan.FromSeconds(1));
        Assert.True(SignedIn(await elsewhere.GetAsync("/help"))); // the bounded window, said honestly in docs/SECURITY.md
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(SignedIn(await elsewhere.GetAsync("/help")));
    }

    private static bool SignedIn(WebPage page) =>
        page.Status == HttpStatusCode.OK && page.Find("form[data-quick-exit-signout]") is not null;
}
