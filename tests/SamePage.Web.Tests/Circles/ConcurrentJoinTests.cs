using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

[Collection(SharedAppForAccounts.Name)]
public sealed class ConcurrentJoinTests(SharedApps apps)
{
    /// <summary>Two people accepting two different invites at the same moment both get in.</summary>
    [Theory, Providers]
    public async Task Two_people_joining_at_once_with_their_own_invites_both_join(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        using var first = await app.SignUpAsync();
        using var second = await app.SignUpAsync();
        var failures = new List<string>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var circle = await host.CreateCircleAsync("Us", "Alder");
            var (one, two) = (await host.InviteAsync(circle), await host.InviteAsync(circle));
            await first.AntiforgeryTokenAsync();
            await second.AntiforgeryTokenAsync();

            var joins = await Task.WhenAll(first.JoinAsync(one, "Birch"), second.JoinAsync(two, "Cedar"));

            failures.AddRange(joins.Where(j => j.Status != HttpStatusCode.Redirect).Select(j => $"attempt {attempt}: {j} {j.Find("#join-error")?.TextContent.Trim()}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
