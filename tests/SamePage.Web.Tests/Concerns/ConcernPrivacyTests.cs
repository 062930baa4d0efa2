using System.Net;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Concerns;

/// <summary>
/// A concern exists only for the people it involves: its author and the members it was shared with.
/// Everyone else gets exactly what they would get for a concern that doesn't exist, on every page and
/// every handler, and nothing they do changes it.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ConcernPrivacyTests(SharedApps apps)
{
    private static IEnumerable<string> GetUrls(Guid circle, Guid concern) =>
    [
        Paths.Concern(circle, concern),
        Paths.EditConcern(circle, concern),
        Paths.ShareConcern(circle, concern),
    ];

    private static IEnumerable<(string Url, (string, string)[] Fields)> PostUrls(Guid circle, Guid concern) =>
    [
        (Paths.ReplyToConcern(circle, concern), [("Reply", "A reply from someone it wasn't shared with")]),
        (Paths.ConcernOutcome(circle, concern), [("Outcome", nameof(ConcernOutcome.PartingWays))]),
        (Paths.EditConcern(circle, concern), [("Version", "0"), .. ConcernIntents.ConcernFields("Rewritten by someone else")]),
        (Paths.DeleteConcernDraft(circle, concern), []),
        (Paths.ShareConcern(circle, concern), [("Version", "0"), ("Roster", "x"), ("For", "3")]),
        (Paths.Concern(circle, concern), []),
    ];

    /// <summary>A text no page would ever show by chance.</summary>
    private static string Secret(string what) => $"{what} {Guid.NewGuid():N}";

    [Theory, Providers]
    public async Task In_a_circle_of_three_the_member_not_chosen_never_sees_a_concern_or_learns_it_exists(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        var noticed = Secret("On Friday the phone was face down all evening");
        var reply = Secret("I was planning your birthday");

        // A private draft: nobody else, not even the person it will be shared with.
        var concern = await a.DraftConcernAsync(id, noticed, "Uneasy", "To talk about it");
        foreach (var other in new[] { b, c })
        {
            await AssertNothingThereAsync(other, id, concern);
            Assert.Empty(await other.ListedConcernsAsync(id));
        }

        // Shared with Birch only.
        await a.ShareConcernAsync(id, concern, 2);
        Assert.Equal([concern], await b.ListedConcernsAsync(id, "#shared-with-me"));
        Assert.Equal(HttpStatusCode.Redirect, (await b.ReplyToConcernAsync(id, concern, reply)).Status);
        await AssertNothingThereAsync(c, id, concern);
        Assert.Empty(await c.ListedConcernsAsync(id));
        Assert.NotNull((await c.GetAsync(Paths.Concerns(id))).Find("#no-concerns"));

        // Cedar's attempts changed nothing: one reply (Birch's), still open, still with Birch only.
        var seen = await a.GetAsync(Paths.Concern(id, concern));
        Assert.Equal([reply], seen.Replies());
        Assert.Equal(nameof(ConcernStage.Responded), seen.Find("#concern-status")!.GetAttribute("data-stage"));
        Assert.Contains("Shared with Birch on", seen.Find("#concern-status")!.TextContent);
        Assert.Equal(noticed, seen.Find("[data-field=noticed]")!.TextContent);

        // Nothing of it ever reached Cedar, on any page Cedar loaded, the circle's home included.
        await c.GetAsync(Paths.Circle(id));
        var leaked = c.History.Where(p => p.Body.Contains(noticed, StringComparison.Ordinal) || p.Body.Contains(reply, StringComparison.Ordinal) || p.Body.Contains(concern.ToString(), StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"The concern reached Cedar on: {string.Join(", ", leaked)}");
    }

    [Theory, Providers]
    public async Task Guessed_addresses_and_other_circles_get_the_same_404_as_a_concern_that_exists_but_is_not_yours(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        using var elsewhere = await CircleSetup.CreateAsync(app, "Dogwood", "Elm");
        var (a, c, id) = (circle[0], circle[2], circle.Circle);
        var real = await a.RaiseConcernAsync(id, Secret("Noticed"), [2]);
        using var outsider = await app.SignUpAsync();

        var forReal = await c.GetAsync(Paths.Concern(id, real));
        var forMadeUp = await c.GetAsync(Paths.Concern(id, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, forReal.Status);
        Assert.Equal(forMadeUp.Status, forReal.Status);
        Assert.Equal(forMadeUp.NormalizedHtml(), forReal.NormalizedHtml());

        // A member of another circle, and someone in no circle, asking with the right ids.
        await AssertNothingThereAsync(elsewhere[0], id, real);
        await AssertNothingThereAsync(outsider, id, real);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Paths.Concerns(id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Paths.NewConcern(id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostNewConcernAsync(id, ConcernIntents.ConcernFields("Sneaking in"))).Status);
        // The right concern id under another circle's address is not found either, even for its author.
        var underOther = await a.GetAsync(Paths.Concern(elsewhere.Circle, real));
        Assert.Equal(HttpStatusCode.NotFound, underOther.Status);
    }

    [Theory, Providers]
    public async Task Once_shared_everyone_chosen_sees_the_whole_conversation_and_the_author_s_draft_never_changes_what_they_read(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        var concern = await a.RaiseConcernAsync(id, "What I noticed, as shared", [2, 3], felt: "Hurt", need: "A talk");

        await b.ReplyToConcernAsync(id, concern, "Birch's side");
        await c.ReplyToConcernAsync(id, concern, "Cedar's side");
        await a.ReplyToConcernAsync(id, concern, "Thank you both");

        foreach (var person in new[] { a, b, c })
        {
            var page = await person.GetAsync(Paths.Concern(id, concern));
            Assert.Equal(["Birch's side", "Cedar's side", "Thank you both"], page.Replies());
            Assert.Equal("What I noticed, as shared", page.Find("[data-field=noticed]")!.TextContent);
        }

        Assert.Equal("A concern from Alder", (await b.GetAsync(Paths.Concern(id, concern))).Find("h1")!.TextContent);
        Assert.Contains("What Alder needs", (await c.GetAsync(Paths.Concern(id, concern))).Text);
    }

    private static async Task AssertNothingThereAsync(Person person, Guid circle, Guid concern)
    {
        foreach (var url in GetUrls(circle, concern))
        {
            var page = await person.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"GET {url} answered {page} for someone it doesn't involve");
        }

        foreach (var (url, fields) in PostUrls(circle, concern))
        {
            var page = await person.PostFormAsync(url, fields);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"POST {url} answered {page} for someone it doesn't involve");
        }
    }
}
