using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// Issue 13, item 5: every form a signed-in person submits counts towards their own account's
/// allowance (lowered here, never switched off), with a separate, larger one for autosaves.
/// </summary>
public sealed class AccountRateLimitTests
{
    private const int Writes = 4;
    private const int Autosaves = 3;

    [Fact]
    public async Task Forms_beyond_an_accounts_allowance_get_the_kind_429_page_and_nobody_else_is_held_up()
    {
        await using var app = LowLimits();
        using var busy = await app.SignUpAsync();
        using var other = await app.SignUpAsync();
        var circle = await busy.CreateCircleAsync("Us", "Alder"); // the first write
        for (var i = 1; i < Writes; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await busy.AddBehaviourAsync(circle, $"Ours {i}", TestCatalogue.Categories[0].Id)).Status);
        }

        var refused = await busy.AddBehaviourAsync(circle, "One too many", TestCatalogue.Categories[0].Id);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("Let's take a short break", refused.Find("h1")!.TextContent);
        Assert.Contains("what you typed is usually still in the form", refused.Text);
        Assert.NotNull(refused.Header("Content-Security-Policy"));
        Assert.Equal(Writes - 1, (await busy.CustomLabelsAsync(circle)).Count); // reading is never limited
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync("/circles/new", ("Name", "Them"), ("DisplayName", "Birch"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await busy.SignOutAsync()).Status); // leaving always works
    }

    [Fact]
    public async Task Autosaves_have_their_own_allowance()
    {
        await using var app = LowLimits();
        using var setup = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (person, circle) = (setup[1], setup.Circle); // one write so far: joining
        var category = TestCatalogue.Categories[0].Id;
        var behaviour = TestCatalogue.Catalogue.InCategory(category).First().Id;
        for (var i = 1; i < Writes; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await person.AddBehaviourAsync(circle, $"Ours {i}", category)).Status);
        }

        var saves = new List<HttpStatusCode>();
        for (var i = 0; i <= Autosaves; i++)
        {
            saves.Add((await person.PostFormAsync(Paths.Autosave(circle, 1, category), ($"Answers[{behaviour}]", "Fine"))).Status);
        }

        Assert.All(saves.Take(Autosaves), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, saves[^1]);
    }

    private static AppFactory LowLimits() => new(DatabaseProvider.Sqlite, new Dictionary<string, string?>
    {
        ["SamePage:RateLimits:Writes:PermitLimit"] = Writes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SamePage:RateLimits:Writes:WindowSeconds"] = "3600",
        ["SamePage:RateLimits:Autosave:PermitLimit"] = Autosaves.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SamePage:RateLimits:Autosave:WindowSeconds"] = "3600",
    });
}
