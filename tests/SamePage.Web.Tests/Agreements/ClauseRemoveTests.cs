using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

[Collection(SharedAppForAccounts.Name)]
public sealed class ClauseRemoveTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Removing_a_clause_through_another_circles_address_says_nothing_was_removed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var theirs = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        using var ours = await CircleSetup.CreateAsync(app, "Cedar", "Dogwood");
        var clause = await theirs[0].AddClauseAsync(theirs.Circle, "We say when we'll be late.");
        var (_, version) = await theirs[0].OpenClauseAsync(theirs.Circle, clause);

        var answer = await ours[0].PostFormAsync($"{Paths.Clause(ours.Circle, clause)}?handler=Remove", ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        var draft = await ours[0].FollowAsync(answer);
        Assert.Equal("That clause isn't in this draft, so nothing was removed.", draft.Find("#agreement-notice")!.TextContent.Trim());
        Assert.DoesNotContain("Clause removed", draft.Text, StringComparison.Ordinal);
        Assert.Equal(["We say when we'll be late."], await theirs[0].DraftTextsAsync(theirs.Circle));
    }

    [Fact]
    public async Task Removing_ones_own_clause_still_says_it_was_removed()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var ours = await CircleSetup.CreateAsync(app, "Cedar", "Dogwood");
        var clause = await ours[0].AddClauseAsync(ours.Circle, "We keep Sundays for us.");
        var (_, version) = await ours[0].OpenClauseAsync(ours.Circle, clause);

        var answer = await ours[0].PostFormAsync($"{Paths.Clause(ours.Circle, clause)}?handler=Remove", ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var draft = await ours[0].FollowAsync(answer);
        Assert.Equal("Clause removed from the draft.", draft.Find("#agreement-notice")!.TextContent.Trim());
        Assert.Empty(await ours[0].DraftTextsAsync(ours.Circle));
    }
}
