using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Agreements;
using SamePage.Web.Content;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

/// <summary>
/// A clause is screened once for each wording of it: viewing the draft or a version again only looks
/// the answer up, and only the clause that changed is screened again.
/// </summary>
public sealed class DraftScreeningTests
{
    [Fact]
    public async Task Viewing_the_draft_again_screens_nothing_and_an_edit_screens_only_the_changed_clause()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.Services.GetRequiredService<ContentLibrary>().Screener.Screen("A first reading, so the model has learned its examples."); // as after the first minutes of a running app
        var screenings = app.Services.GetRequiredService<ClauseScreenings>();
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await app.AddClauseAsync(circle, 0, "We tell each other if we'll be home late.");
        await app.AddClauseAsync(circle, 0, "We each keep our own friendships.", notes: "Including the ones from before us.");
        var controlling = await app.AddClauseAsync(circle, 0, "Sam shares the passwords to their phone so I can read their messages.");

        var first = screenings.Screened;
        Assert.NotNull((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.Equal(first + 3, screenings.Screened);

        Assert.NotNull((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.NotNull((await b.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.Equal(first + 3, screenings.Screened); // nothing changed: nothing screened

        await app.UpdateClauseAsync(circle, 1, controlling, c => c with { Text = "We tell each other when something online worries us." });
        Assert.Null((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.Equal(first + 4, screenings.Screened); // only the new wording

        var number = await app.ProposeDraftAsync(circle, 0);
        await b.GetAsync(Paths.Version(id, number));
        await b.GetAsync(Paths.Version(id, number));
        Assert.Equal(first + 4, screenings.Screened); // the version holds the same clauses, already screened
    }
}
