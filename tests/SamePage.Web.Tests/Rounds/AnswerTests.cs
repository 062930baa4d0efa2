using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

[Collection(SharedAppForRounds.Name)]
public sealed class AnswerTests(SharedApps apps)
{
    private static readonly string FirstCategory = TestCatalogue.Categories[0].Id;
    private static readonly List<string> OnFirstPage = [.. TestCatalogue.Catalogue.InCategory(FirstCategory).Select(b => b.Id)];

    [Theory, Providers]
    public async Task Autosave_keeps_the_draft_and_reports_progress(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var saved = await a.PostFormAsync(Paths.Autosave(id, 1, FirstCategory), ($"Answers[{OnFirstPage[0]}]", "AskFirst"), ($"Answers[{OnFirstPage[1]}]", "Unsure"));

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        var json = JsonDocument.Parse(saved.Body).RootElement;
        Assert.True(json.GetProperty("saved").GetBoolean());
        Assert.Equal(2, json.GetProperty("answered").GetInt32());
        Assert.Equal(TestCatalogue.Behaviours.Count, json.GetProperty("total").GetInt32());
        var page = await a.GetAsync(Paths.Answer(id, 1, FirstCategory));
        Assert.Equal("AskFirst", Checked(page, OnFirstPage[0]));
        Assert.Equal("Unsure", Checked(page, OnFirstPage[1]));
        Assert.Null(Checked(page, OnFirstPage[2]));
    }

    /// <summary>Two tabs saving different pages of the same draft at the same moment: both are kept.</summary>
    [Theory, Providers]
    public async Task Two_tabs_saving_different_pages_at_once_both_keep_their_answers(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AntiforgeryTokenAsync();

        foreach (var pair in TestCatalogue.Categories.Chunk(2))
        {
            var saves = await Task.WhenAll(pair.Select(category => SaveAllOfPageAsync(a, id, category.Id, "TellMe")));
            Assert.All(saves, save => Assert.Equal(HttpStatusCode.OK, save.Status));
        }

        Assert.Null((await a.GetAsync(Paths.Review(id, 1))).Find("#unanswered"));
    }

    /// <summary>
    /// Many saves of one draft racing each other (fast clicking in several tabs): none may fail with a 500;
    /// a save may be turned away (409, which the page reports as "couldn't save"), and every save that
    /// answered OK is kept.
    /// </summary>
    [Theory, Providers]
    public async Task Many_saves_of_one_draft_at_once_never_fail_and_each_accepted_save_is_kept(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AntiforgeryTokenAsync();
        var categories = TestCatalogue.Categories.SelectMany(category => Enumerable.Repeat(category.Id, 3)).ToList();

        var saves = await Task.WhenAll(categories.Select(category => SaveAllOfPageAsync(a, id, category, "TellMe")));

        Assert.All(saves, save => Assert.True(save.Status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{save}"));
        foreach (var category in categories.Where((_, i) => saves[i].Status == HttpStatusCode.OK).Distinct())
        {
            var page = await a.GetAsync(Paths.Answer(id, 1, category));
            Assert.All(TestCatalogue.Catalogue.InCategory(category), b => Assert.Equal("TellMe", Checked(page, b.Id)));
        }
    }

    private static Task<WebPage> SaveAllOfPageAsync(Person person, Guid circle, string category, string stance) =>
        person.PostFormAsync(Paths.Autosave(circle, 1, category), [.. TestCatalogue.Catalogue.InCategory(category).Select(b => ($"Answers[{b.Id}]", stance))]);

    [Fact]
    public async Task The_save_buttons_go_where_they_say_and_the_questionnaire_resumes_where_it_was_left()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var second = TestCatalogue.Categories[1].Id;
        var last = TestCatalogue.Categories[^1].Id;

        var next = await a.AnswerPageAsync(id, 1, FirstCategory, [(OnFirstPage[0], "Fine")], go: "next");
        var previous = await a.AnswerPageAsync(id, 1, second, [], go: "previous");
        var save = await a.AnswerPageAsync(id, 1, last, [], go: "save");
        var review = await a.AnswerPageAsync(id, 1, last, [], go: "review");

        Assert.Equal(Paths.Answer(id, 1, second), next.Location);
        Assert.Equal(Paths.Answer(id, 1, FirstCategory), previous.Location);
        Assert.Equal($"{Paths.Answer(id, 1, last)}?saved=true", save.Location);
        Assert.Contains("Your answers are saved", (await a.FollowAsync(save)).Text);
        Assert.Equal(Paths.Review(id, 1), review.Location);
        var resumed = await a.GetAsync(Paths.Answer(id, 1));
        Assert.Equal(HttpStatusCode.OK, resumed.Status);
        Assert.Equal(TestCatalogue.Categories[^1].Title, resumed.Find("h1")!.TextContent.Trim());
    }

    [Theory, Providers]
    public async Task An_unknown_stance_is_not_saved_and_earlier_answers_are_kept(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.AnswerPageAsync(id, 1, FirstCategory, [(OnFirstPage[0], "Hurts"), (OnFirstPage[1], "TellMe")]);

        var page = await a.AnswerPageAsync(id, 1, FirstCategory, [(OnFirstPage[0], "Maybe"), (OnFirstPage[1], "AskFirst"), ("x", "Maybe")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("couldn't be read, so we kept your earlier answer", page.Find("[role=alert]")!.TextContent);
        Assert.Equal("Hurts", Checked(page, OnFirstPage[0]));
        Assert.Equal("AskFirst", Checked(page, OnFirstPage[1]));
        var reloaded = await a.GetAsync(Paths.Answer(id, 1, FirstCategory));
        Assert.Equal("Hurts", Checked(reloaded, OnFirstPage[0]));
        Assert.Equal("AskFirst", Checked(reloaded, OnFirstPage[1]));

        foreach (var junk in new[] { "maybe", "4", "betrayal", " Fine", "Fine,Hurts", "", new string('x', 5000) })
        {
            var posted = await a.AnswerPageAsync(id, 1, FirstCategory, [(OnFirstPage[0], junk)]);
            Assert.True((int)posted.Status < 500, $"{posted} for '{junk}'");
            var autosaved = await a.PostFormAsync(Paths.Autosave(id, 1, FirstCategory), ($"Answers[{OnFirstPage[0]}]", junk));
            Assert.True((int)autosaved.Status < 500, $"{autosaved} for '{junk}'");
        }

        Assert.Equal("Hurts", Checked(await a.GetAsync(Paths.Answer(id, 1, FirstCategory)), OnFirstPage[0]));
    }

    [Fact]
    public async Task An_answer_for_a_behaviour_of_another_page_or_of_no_page_is_ignored()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var elsewhere = TestCatalogue.Behaviours.First(b => b.CategoryId != FirstCategory);

        var saved = await a.PostFormAsync(Paths.Autosave(id, 1, FirstCategory), ($"Answers[{elsewhere.Id}]", "Betrayal"), ("Answers[not-a-behaviour]", "Betrayal"));

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal(0, JsonDocument.Parse(saved.Body).RootElement.GetProperty("answered").GetInt32());
        Assert.Null(Checked(await a.GetAsync(Paths.Answer(id, 1, elsewhere.CategoryId)), elsewhere.Id));
    }

    [Fact]
    public async Task An_unknown_page_of_the_questionnaire_is_not_found()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        foreach (var category in new[] { "not-a-category", "TIME-AND-PRIORITY", "..%2f..%2fetc", "time-and-priority.yaml" })
        {
            AssertNotFound(await a.GetAsync(Paths.Answer(id, 1, category)));
            AssertNotFound(await a.AnswerPageAsync(id, 1, category, [(OnFirstPage[0], "Fine")]));
            AssertNotFound(await a.PostFormAsync(Paths.Autosave(id, 1, category), ($"Answers[{OnFirstPage[0]}]", "Fine")));
        }
    }

    private static string? Checked(WebPage page, string behaviourId) =>
        page.FindAll($"input[type=radio][name='Answers[{behaviourId}]']").Cast<IHtmlInputElement>().SingleOrDefault(i => i.IsChecked)?.Value;

    private static void AssertNotFound(WebPage page)
    {
        Assert.True(page.Status == HttpStatusCode.NotFound, $"Expected 404 for {page}");
        Assert.Contains("We couldn't find that page", page.Text);
    }
}
