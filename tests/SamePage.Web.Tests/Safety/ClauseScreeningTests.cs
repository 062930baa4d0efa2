using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Safety;

/// <summary>Issue 5, "Clause screening": controlling wording gets a private note before proposing and before signing, never a block.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ClauseScreeningTests(SharedApps apps)
{
    private const string Controlling = "Sam shares the passwords to their phone so I can read their messages.";

    [Theory, Providers]
    public async Task A_controlling_clause_gets_a_gentle_note_before_proposing_and_signing_but_is_never_blocked(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AddClauseAsync(id, "We tell each other if we'll be home late.");
        Assert.Null((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));

        await a.AddClauseAsync(id, Controlling);
        var draft = await a.GetAsync(Paths.Agreement(id));
        var note = draft.Find("#control-note");
        Assert.NotNull(note);
        foreach (var name in circle.DisplayNames)
        {
            Assert.DoesNotContain(name, note.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal($"{Paths.Version(id, 1)}?notice=proposed", (await a.ProposeAsync(id)).Location);
        Assert.NotNull((await b.GetAsync(Paths.Version(id, 1))).Find("#sign #control-note"));
        await a.SignAsync(id, 1);
        Assert.Equal($"{Paths.Version(id, 1)}?notice=activated", (await b.SignAsync(id, 1)).Location);
    }

    [Theory, Providers]
    public async Task A_controlling_custom_behaviour_is_added_with_the_same_note(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var added = await circle[0].AddBehaviourAsync(circle.Circle, "Checking a partner's location on their phone whenever you want", "online-and-technology");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.NotNull((await circle[0].FollowAsync(added)).Find("#control-note"));

        var healthy = await circle[0].AddBehaviourAsync(circle.Circle, "Going to a concert with a friend", "time-and-priority");
        Assert.Null((await circle[0].FollowAsync(healthy)).Find("#control-note"));
    }
}
