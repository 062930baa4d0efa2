using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// The Data Protection key ring is persisted (data folder for SQLite, the database for PostgreSQL), so a
/// restarted app still reads what it sealed and still recognises who is signed in.
/// </summary>
public sealed class RestartTests
{
    [Theory, Providers]
    public async Task Sealed_names_answers_and_sessions_survive_a_restart(DatabaseProvider provider)
    {
        var first = new AppFactory(provider);
        using var circle = await CircleSetup.CreateAsync(first, "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);

        await using var restarted = await first.RestartAsync();
        using var stillSignedIn = circle[0].MoveTo(restarted);
        using var signingIn = restarted.NewPerson();

        var home = await stillSignedIn.GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("Us", home.Find("h1")!.TextContent.Trim());
        Assert.Equal(["Alder (you)", "Birch"], home.FindAll("#members li").Select(li => li.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Redirect, (await signingIn.SignInAsync(circle[1].Username, circle[1].Passphrase)).Status);
        var comparison = await signingIn.GetAsync(Paths.Comparison(circle.Circle, 1));
        Assert.Equal(TestCatalogue.Behaviours.Count, comparison.FindAll("ul[data-kind=HotSpot] > li").Count);
        // Forms keep working: antiforgery tokens are protected by the same persisted keys.
        var newRound = await stillSignedIn.PostFormAsync(Paths.NewRound(circle.Circle));
        Assert.Equal(Paths.Answer(circle.Circle, 2), newRound.Location);
    }
}
