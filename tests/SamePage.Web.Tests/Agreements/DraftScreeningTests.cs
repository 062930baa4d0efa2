using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Safety;
using SamePage.Data;
using SamePage.Web.Content;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

/// <summary>
/// A clause is read by the model once for each wording of it, and the reading is kept in one place (the
/// screener): viewing the draft or a version again only looks the answer up, and only the clause that
/// changed is read again.
/// </summary>
public sealed class DraftScreeningTests
{
    private const string Controlling = "Sam shares the passwords to their phone so I can read their messages.";
    private const string Changed = "We tell each other when something online worries us.";

    [Fact]
    public async Task Viewing_the_draft_again_screens_nothing_and_an_edit_screens_only_the_changed_clause()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var screener = app.Services.GetRequiredService<ContentLibrary>().Screener;
        screener.Screen("A first reading, so the model has learned its examples."); // as after the first minutes of a running app
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        string[] texts = ["We tell each other if we'll be home late.", "We each keep our own friendships.", "Including the ones from before us.", Controlling];
        await app.AddClauseAsync(circle, 0, texts[0]);
        await app.AddClauseAsync(circle, 0, texts[1], notes: texts[2]);
        var controlling = await app.AddClauseAsync(circle, 0, Controlling);

        // Written without the page's form, so nothing is kept yet: the first view reads each wording once, in the background.
        Assert.DoesNotContain(texts, screener.IsKept);
        var first = screener.ModelReadings;
        Assert.NotNull((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        await KeptAsync(screener, texts);
        Assert.Equal(first + 4, screener.ModelReadings);

        Assert.NotNull((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.NotNull((await b.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.Equal(first + 4, screener.ModelReadings); // nothing changed: nothing read

        await app.UpdateClauseAsync(circle, 1, controlling, c => c with { Text = Changed });
        await a.GetAsync(Paths.Agreement(id));
        await KeptAsync(screener, [Changed]);
        Assert.Null((await a.GetAsync(Paths.Agreement(id))).Find("#control-note"));
        Assert.Equal(first + 5, screener.ModelReadings); // only the new wording

        var number = await app.ProposeDraftAsync(circle, 0);
        await b.GetAsync(Paths.Version(id, number));
        await b.GetAsync(Paths.Version(id, number));
        Assert.Equal(first + 5, screener.ModelReadings); // the version holds the same clauses, already read
    }

    /// <summary>Waits for the background readings a page view started (the test host is slow under load).</summary>
    private static async Task KeptAsync(ClauseScreener screener, IEnumerable<string> texts)
    {
        for (var i = 0; i < 600 && !texts.All(screener.IsKept); i++)
        {
            await Task.Delay(100);
        }

        Assert.All(texts, text => Assert.True(screener.IsKept(text)));
    }
}
