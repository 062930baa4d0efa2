using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Catalogue;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>Issue 13, item 5: one member cannot bury a round under their own behaviours.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class WriteCapTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_round_takes_at_most_forty_new_behaviours_and_the_one_refused_keeps_its_words(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var category = TestCatalogue.Categories[0].Id;
        for (var i = 0; i < CustomBehaviours.MaxPerRound; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await circle[i % 2].AddBehaviourAsync(circle.Circle, $"Our own behaviour {i}", category)).Status);
        }

        var refused = await circle[0].AddBehaviourAsync(circle.Circle, "One more idea of ours", category, "A line about it");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Round 1 already asks 40 behaviours your circle added", refused.Find("#room-error")!.TextContent);
        Assert.Equal("One more idea of ours", (refused.Find("#label") as IHtmlInputElement)!.Value);
        Assert.Equal("A line about it", refused.Find("#clarification")!.TextContent);
        Assert.Equal(category, (refused.Find("#category") as IHtmlSelectElement)!.Value);
        Assert.Equal(CustomBehaviours.MaxPerRound, (await circle[1].CustomLabelsAsync(circle.Circle)).Count);

        // Taking one back makes room again.
        var behaviours = await circle[0].GetAsync(Paths.Behaviours(circle.Circle));
        var remove = behaviours.Find("#custom-behaviours form[action*='handler=Remove']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].PostFormAsync(remove)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].AddBehaviourAsync(circle.Circle, "One more idea of ours", category)).Status);
    }

    [Fact]
    public async Task A_circle_keeps_at_most_a_hundred_behaviours_of_its_own()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var category = TestCatalogue.Categories[1].Id;
        for (var i = 0; i < CustomBehaviours.MaxPerCircle; i++)
        {
            if (i > 0 && i % CustomBehaviours.MaxPerRound == 0)
            {
                await AsIfFromEarlierRoundsAsync(app, circle.Circle);
            }

            Assert.Equal(HttpStatusCode.Redirect, (await circle[0].AddBehaviourAsync(circle.Circle, $"Behaviour number {i}", category)).Status);
        }

        await AsIfFromEarlierRoundsAsync(app, circle.Circle);
        var refused = await circle[1].AddBehaviourAsync(circle.Circle, "The hundred and first", category);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("the most a circle can have", refused.Find("#room-error")!.TextContent);
        Assert.Equal("The hundred and first", (refused.Find("#label") as IHtmlInputElement)!.Value);
        Assert.Equal(CustomBehaviours.MaxPerCircle, (await circle[1].CustomLabelsAsync(circle.Circle)).Count);
    }

    /// <summary>Arranges what several revealed rounds would leave: the behaviours so far were first asked before this round.</summary>
    private static async Task AsIfFromEarlierRoundsAsync(AppFactory app, Guid circle)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        await db.CustomBehaviours.Where(c => c.CircleId == circle && c.FromRound == 1).ExecuteUpdateAsync(s => s.SetProperty(c => c.FromRound, 0));
    }
}
