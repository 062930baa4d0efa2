using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

[Collection(SharedAppForAccounts.Name)]
public sealed class ConcurrentJoinTests(SharedApps apps)
{
    /// <summary>
    /// Two people accepting two different invites at the same moment: the first to join voids the
    /// other invite (issue 13), so the other gets in only if they were already on their way, and is
    /// otherwise told kindly; never an error, and never a member more than joined.
    /// </summary>
    [Theory, Providers]
    public async Task Two_people_joining_at_once_with_their_own_invites_get_in_or_are_told_kindly(DatabaseProvider provider)
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

            var joined = joins.Count(j => j.Status == HttpStatusCode.Redirect);
            var told = joins.Where(j => j.Status == HttpStatusCode.OK).Select(j => j.Find("#join-error")?.TextContent ?? string.Empty)
                .Count(e => e.Contains("We couldn't find that invite", StringComparison.Ordinal) || e.Contains("already been used", StringComparison.Ordinal));
            var members = (await host.GetAsync(Paths.Circle(circle))).FindAll("#members li").Count;
            if (joined < 1 || joined + told != 2 || members != 1 + joined)
            {
                failures.Add($"attempt {attempt}: {joined} joined, {told} told kindly, {members} members: {string.Join(" | ", joins.Select(j => $"{j} {j.Find("#join-error")?.TextContent.Trim()}"))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
