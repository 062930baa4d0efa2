using System.Net;
using System.Text.Json;
using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>Defect 8: a check-in's texts autosave, and a save from a tab opened earlier never overwrites newer words.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CheckInTextSaveTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Autosave_keeps_the_texts_and_hands_back_the_stamps_the_next_save_starts_from(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        var form = await a.GetAsync(Paths.CheckIn(id, number));
        var started = form.Find("input[name=AppreciationBase]")!.GetAttribute("value")!;
        Assert.Equal(CheckInText.Stamp(string.Empty), started);

        var saved = await Autosave(a, id, number, "You fixed the bike.", started, "Our weekend", form.Find("input[name=TopicsBase]")!.GetAttribute("value")!);

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        using var json = JsonDocument.Parse(saved.Text);
        Assert.Equal(CheckInText.Stamp("You fixed the bike."), json.RootElement.GetProperty("appreciationBase").GetString());
        var again = await a.GetAsync(Paths.CheckIn(id, number));
        Assert.Equal("You fixed the bike.", again.Find("#appreciation")!.TextContent);
        Assert.Equal("Our weekend", again.Find("#topics")!.TextContent);
        Assert.Equal(CheckInText.Stamp("Our weekend"), again.Find("input[name=TopicsBase]")!.GetAttribute("value"));

        // The same tab saves on, from the stamps it was given.
        var next = await Autosave(a, id, number, "You fixed the bike, twice.", json.RootElement.GetProperty("appreciationBase").GetString()!,
            "Our weekend", json.RootElement.GetProperty("topicsBase").GetString()!);
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Theory, Providers]
    public async Task A_tab_opened_before_newer_words_were_saved_cannot_overwrite_them(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        var oldTab = await a.GetAsync(Paths.CheckIn(id, number));
        var oldBase = oldTab.Find("input[name=AppreciationBase]")!.GetAttribute("value")!;
        var topicsBase = oldTab.Find("input[name=TopicsBase]")!.GetAttribute("value")!;

        // A newer tab writes first.
        Assert.Equal(HttpStatusCode.OK, (await Autosave(a, id, number, "Newer words", oldBase, string.Empty, topicsBase)).Status);

        // The old tab's autosave is refused, and so is its Save button (no JavaScript).
        var refused = await Autosave(a, id, number, "Older words", oldBase, string.Empty, topicsBase);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("\"stale\":true", refused.Text, StringComparison.Ordinal);
        var page = await a.SaveCheckInAsync(id, number, [.. Scores(4), Appreciation("Older words"), ("AppreciationBase", oldBase), ("TopicsBase", topicsBase)]);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("#check-in-stale"));
        Assert.Equal("Newer words", page.Find("#appreciation-newer .reflection-text")!.TextContent);
        Assert.Equal("Older words", page.Find("#appreciation")!.TextContent); // nothing typed is lost
        Assert.Equal("Newer words", (await a.GetAsync(Paths.CheckIn(id, number))).Find("#appreciation")!.TextContent);

        // Having seen the newer words, saving again from that page keeps the chosen ones.
        var newBase = page.Find("input[name=AppreciationBase]")!.GetAttribute("value")!;
        var kept = await a.SaveCheckInAsync(id, number, [.. Scores(4), Appreciation("Older words"), ("AppreciationBase", newBase), ("TopicsBase", topicsBase)]);
        Assert.Equal(HttpStatusCode.Redirect, kept.Status);
        Assert.Equal("Older words", (await a.GetAsync(Paths.CheckIn(id, number))).Find("#appreciation")!.TextContent);
    }

    [Theory, Providers]
    public async Task Autosave_refuses_a_text_that_is_too_long_and_a_submitted_check_in(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        var stamp = CheckInText.Stamp(string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, (await Autosave(a, id, number, new string('x', CheckInText.MaxLength + 1), stamp, string.Empty, stamp)).Status);

        await a.CheckInAsync(id, number, Scores(3));
        Assert.Equal(HttpStatusCode.Conflict, (await Autosave(a, id, number, "Late words", stamp, string.Empty, stamp)).Status);
        Assert.DoesNotContain("Late words", (await a.GetAsync(Paths.CheckIn(id, number))).Body, StringComparison.Ordinal);
    }

    private static Task<WebPage> Autosave(Person person, Guid circle, int number, string appreciation, string appreciationBase, string topics, string topicsBase) =>
        person.PostFormAsync($"{Paths.CheckIn(circle, number)}?handler=AutosaveTexts",
            ("Appreciation", appreciation), ("AppreciationBase", appreciationBase), ("Topics", topics), ("TopicsBase", topicsBase));
}
