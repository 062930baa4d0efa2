using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

[Collection(SharedAppForRounds.Name)]
public sealed class RevealTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Round_is_not_revealed_until_every_member_submits(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var id = circle.Circle;
        foreach (var member in circle.Members)
        {
            await member.AnswerAllAsync(id, 1, Stance.TellMe);
        }

        await circle[0].SubmitAsync(id, 1);
        await circle[1].SubmitAsync(id, 1);

        foreach (var member in circle.Members)
        {
            var home = await member.GetAsync(Paths.Circle(id));
            Assert.NotNull(home.Find("#round-status"));
            Assert.Null(home.Find($"a[href='{Paths.Comparison(id, 1)}']"));
            Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync(Paths.Comparison(id, 1))).Status);
        }

        Assert.Equal(2, (await circle[2].GetAsync(Paths.Circle(id))).FindAll("#round-status strong").Count);
        Assert.Contains("Cedar", (await circle[0].GetAsync(Paths.Review(id, 1))).Find("#waiting-for")!.TextContent);

        var last = await circle[2].SubmitAsync(id, 1);

        Assert.Equal(Paths.Comparison(id, 1), last.Location);
        foreach (var member in circle.Members)
        {
            var home = await member.GetAsync(Paths.Circle(id));
            Assert.Null(home.Find("#round-status"));
            Assert.NotNull(home.Find($"a[href='{Paths.Comparison(id, 1)}']"));
            var comparison = await member.GetAsync(Paths.Comparison(id, 1));
            Assert.Equal(HttpStatusCode.OK, comparison.Status);
            Assert.Equal(TestCatalogue.Behaviours.Count, comparison.FindAll("ul[data-kind=Aligned] > li").Count);
        }
    }

    [Fact]
    public async Task A_member_on_their_own_is_never_revealed()
    {
        using var alone = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        var id = await alone.CreateCircleAsync("Just me", "Alder");
        await alone.AnswerAllAsync(id, 1, Stance.Fine);

        var submitted = await alone.SubmitAsync(id, 1);

        Assert.Equal($"{Paths.Review(id, 1)}?notice=Submitted", submitted.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await alone.GetAsync(Paths.Comparison(id, 1))).Status);
        Assert.NotNull((await alone.GetAsync(Paths.Circle(id))).Find("#round-status"));
    }

    [Theory, Providers]
    public async Task A_member_who_leaves_before_the_reveal_is_removed_and_the_round_is_revealed_to_the_rest(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var id = circle.Circle;
        await circle[0].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[1].AnswerAllAsync(id, 1, Stance.Betrayal);
        await circle[2].AnswerAllAsync(id, 1, Stance.Hurts);
        await circle[0].SubmitAsync(id, 1);
        await circle[1].SubmitAsync(id, 1);
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].GetAsync(Paths.Comparison(id, 1))).Status);

        var left = await circle[2].LeaveAsync(id);

        Assert.Equal("/circles?left=1", left.Location);
        var home = await circle[0].GetAsync(Paths.Circle(id));
        Assert.DoesNotContain("Cedar", home.Find("#members")!.TextContent);
        Assert.NotNull(home.Find($"a[href='{Paths.Comparison(id, 1)}']"));
        var comparison = await circle[1].GetAsync(Paths.Comparison(id, 1));
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        Assert.DoesNotContain("Cedar", comparison.Text);
        Assert.DoesNotContain("It would hurt", comparison.Text); // Cedar's answers left with Cedar
        Assert.Equal(TestCatalogue.Behaviours.Count, comparison.FindAll("ul[data-kind=HotSpot] > li").Count);
    }

    [Fact]
    public async Task When_one_of_two_leaves_the_other_is_not_revealed_to_anyone()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var id = circle.Circle;
        await circle[0].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[0].SubmitAsync(id, 1);

        await circle[1].LeaveAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].GetAsync(Paths.Comparison(id, 1))).Status);
        Assert.NotNull((await circle[0].GetAsync(Paths.Circle(id))).Find("#round-status"));
    }

    [Theory, Providers]
    public async Task Someone_who_joins_after_the_reveal_does_not_see_that_round(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        var code = await circle[0].InviteAsync(circle.Circle);
        using var late = await app.SignUpAsync();
        await late.JoinCircleAsync(circle.Circle, code, "Cedar");

        var comparison = await late.GetAsync(Paths.Comparison(circle.Circle, 1));
        var home = await late.GetAsync(Paths.Circle(circle.Circle));

        Assert.Equal(HttpStatusCode.Redirect, comparison.Status);
        Assert.Equal(Paths.Circle(circle.Circle), comparison.Location);
        Assert.Contains("revealed before you joined", home.Text);
        Assert.Null(home.Find($"a[href='{Paths.Comparison(circle.Circle, 1)}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await late.GetAsync(Paths.Answer(circle.Circle, 1))).Status);
    }

    [Fact]
    public async Task After_the_reveal_a_new_round_starts_sealed()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var id = circle.Circle;
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);

        var started = await circle[1].PostFormAsync(Paths.NewRound(id));

        Assert.Equal(Paths.Answer(id, 2), started.Location);
        var home = await circle[0].GetAsync(Paths.Circle(id));
        Assert.Contains("Round 2", home.Find("#round-heading")!.TextContent);
        Assert.Equal(2, home.FindAll("#round-status li").Count(li => li.TextContent.Contains("not submitted yet", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].GetAsync(Paths.Comparison(id, 2))).Status);
        Assert.Equal(HttpStatusCode.OK, (await circle[0].GetAsync(Paths.Comparison(id, 1))).Status);
        // Starting again while round 2 is open starts nothing new.
        Assert.Equal(Paths.Answer(id, 2), (await circle[0].PostFormAsync(Paths.NewRound(id))).Location);
    }
}
