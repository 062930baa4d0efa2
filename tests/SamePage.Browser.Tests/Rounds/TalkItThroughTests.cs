using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

/// <summary>
/// Issue 12: the comparison opens on a short summary and the hot spots, fits a phone, and leads into
/// talk mode: one difference at a time, "we talked about this" shared, a clause only in their own words.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TalkItThroughTests(BrowserFixture app)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    /// <summary>A mix like a real couple's: a few hot spots, some open questions and real differences, mostly close or the same.</summary>
    private Stance Bea(string behaviour)
    {
        var i = app.Catalogue().Behaviours.Select(b => b.Id).ToList().IndexOf(behaviour);
        return i % 7 == 0 ? Stance.Betrayal : i % 5 == 0 ? Stance.Unsure : i % 4 == 0 ? Stance.AskFirst : i % 2 == 0 ? Stance.TellMe : Stance.Fine;
    }

    private Stance Cam(string behaviour) =>
        app.Catalogue().Behaviours.Select(b => b.Id).ToList().IndexOf(behaviour) % 3 == 0 ? Stance.Hurts : Stance.TellMe;

    [Fact]
    public async Task Partners_start_on_a_short_summary_talk_it_through_one_at_a_time_and_both_see_what_is_done()
    {
        await using var alex = await Person.OpenAsync(app, javaScript: false); // talk mode is plain links and forms
        await using var bea = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("Us", "Alex");
        var invite = await alex.InviteAsync();
        await bea.SignUpAsync("bea");
        await bea.JoinAsync(invite, "Bea");
        await Task.WhenAll(alex.AnswerAllAsync(_ => Stance.Fine), bea.AnswerAllAsync(Bea));
        await alex.SubmitAsync();
        await bea.SubmitAsync();
        Assert.EndsWith("/comparison", bea.Path, StringComparison.Ordinal);

        var kinds = app.Catalogue().Behaviours.Select(b => PairVerdict.Classify(Stance.Fine, Bea(b.Id)).Kind).ToList();
        var agree = kinds.Count(k => k is GapKind.Aligned or GapKind.Close);
        var worth = kinds.Count(TalkAgenda.IsWorthTalking);
        Assert.True(worth > 3 && agree > 1, "the mix should give a real comparison");

        // One sentence up top, then the hot spots: the first starts within the first desktop screen.
        var comparison = new ComparisonView(bea.Page);
        await Expect(comparison.Summary).ToHaveTextAsync($"You agree, or nearly agree, on {agree} behaviours. {worth} are worth talking about: start with these three.");
        await Expect(comparison.TalkedCount).ToHaveTextAsync($"0 of {worth} talked about");
        var top = await comparison.FirstHotSpotTopAsync();
        Assert.True(top is > 0 and < 800, $"The first hot spot starts at {top} px, below the first 1280×800 screen.");

        // Close and aligned items: one line each, folded away, no card or button; no form on any item; no heat map for two.
        await Expect(bea.Page.Locator("details#kind-Close")).Not.ToHaveAttributeAsync("open", string.Empty);
        await Expect(comparison.ItemsOf("Close").First).Not.ToBeVisibleAsync();
        await Expect(bea.Page.Locator("ul[data-kind='Close'] :is(a, button), ul[data-kind='Aligned'] :is(a, button)")).ToHaveCountAsync(0);
        await Expect(bea.Page.Locator("ul.compared form")).ToHaveCountAsync(0);
        await Expect(comparison.HeatMap).ToHaveCountAsync(0);

        // On a 390 px phone nothing runs off sideways, the by-category table included.
        await bea.Page.SetViewportSizeAsync(Phone390.Width, Phone390.Height);
        await bea.Page.Locator("#by-category summary").ClickAsync();
        await bea.Page.Locator("details#kind-Close summary").ClickAsync();
        await AssertNothingSidewaysAsync(bea.Page, "#category-summary", "ul[data-kind='Close']");
        await bea.CheckPageAsync();
        await bea.Page.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);

        // Talk mode: the first hot spot, large, with each stance and the guide.
        var first = await comparison.ItemsOf("HotSpot").First.GetAttributeAsync("data-behaviour");
        await bea.FollowAsync(comparison.TalkItThrough);
        Assert.EndsWith("/talk", bea.Path, StringComparison.Ordinal);
        var card = bea.Page.Locator("article[data-behaviour]");
        await Expect(card).ToHaveAttributeAsync("data-behaviour", first!);
        await Expect(bea.Page.Locator("h1")).ToHaveTextAsync(app.Catalogue().Find(first!)!.Label);
        await Expect(card.Locator("dt")).ToHaveTextAsync(["You", "Alex"]);
        await Expect(card.Locator("dd")).ToHaveTextAsync([StanceWords.Of(Stance.Betrayal), StanceWords.Of(Stance.Fine)]);
        await Expect(card.Locator("[data-guide] q")).ToBeVisibleAsync();
        Assert.True(await card.Locator(".talk-questions li").CountAsync() >= 3);
        await Expect(bea.Page.Locator("#talk-progress")).ToContainTextAsync($"1 of {worth}");

        await bea.FollowAsync(bea.Button("We talked about this"));
        var second = await card.GetAttributeAsync("data-behaviour");
        Assert.NotEqual(first, second);
        await Expect(bea.Page.Locator("#talk-progress")).ToContainTextAsync($"2 of {worth}");
        await bea.FollowAsync(bea.Link("Next"));
        await Expect(bea.Page.Locator("#talk-progress")).ToContainTextAsync($"3 of {worth}");

        // Alex, on another device and without JavaScript, sees what they have covered.
        await alex.OpenComparisonAsync();
        var seen = new ComparisonView(alex.Page);
        await Expect(seen.TalkedCount).ToHaveTextAsync($"1 of {worth} talked about");
        Assert.True(await ComparisonView.IsTalkedAboutAsync(seen.Item("HotSpot", first!)));
        await Expect(seen.Item("HotSpot", first!).Locator(".talked")).ToHaveTextAsync("✓ Talked about");

        // Picking up where they left off, then writing it down: a suggestion, saved only in Alex's own words.
        await alex.FollowAsync(seen.TalkItThrough);
        await Expect(alex.Page.Locator("article[data-behaviour]")).ToHaveAttributeAsync("data-behaviour", second!);
        await alex.FollowAsync(alex.Link("Write it into our agreement"));
        Assert.Contains("/agreement/clauses/new/", alex.Path, StringComparison.Ordinal);
        await Expect(alex.Field("The clause")).ToHaveValueAsync(string.Empty);
        await alex.Field("The clause").FillAsync("We ask each other before this, every time.");
        await alex.Page.Locator("input[name='Form.Expectation'][value='AskFirst']").CheckAsync();
        await alex.FollowAsync(alex.Button("Save the clause"));
        Assert.EndsWith("/talk", alex.Path, StringComparison.Ordinal);
        await Expect(alex.Page.Locator("#talk-notice")).ToContainTextAsync("Written into your draft agreement");
        await Expect(alex.Page.Locator("article[data-behaviour]")).ToHaveAttributeAsync("data-behaviour", second!);
        await alex.OpenAgreementAsync();
        await Expect(alex.Page.Locator("ol.draft-clauses > li")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task With_three_the_heat_map_shows_and_nothing_runs_off_a_phone_screen()
    {
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app);
        await using var cam = await Person.OpenAsync(app, viewport: Phone390, colorScheme: ColorScheme.Dark);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("The three of us", "Alex");
        foreach (var (person, name) in new[] { (bea, "Bea"), (cam, "Cam") })
        {
            var invite = await alex.InviteAsync();
            await person.SignUpAsync(name);
            await person.JoinAsync(invite, name);
        }

        await Task.WhenAll(alex.AnswerAllAsync(_ => Stance.Fine), bea.AnswerAllAsync(Bea), cam.AnswerAllAsync(Cam));
        await alex.SubmitAsync();
        await bea.SubmitAsync();
        await cam.SubmitAsync();
        Assert.EndsWith("/comparison", cam.Path, StringComparison.Ordinal);

        var comparison = new ComparisonView(cam.Page);
        await Expect(comparison.HeatMap.Locator("svg[role=img]")).ToBeVisibleAsync();
        await cam.Page.GetByText("Show the picture as a table").ClickAsync();
        await cam.Page.Locator("#by-category summary").ClickAsync();
        await AssertNothingSidewaysAsync(cam.Page, "#heat-map svg", "#heat-table", "#circle-gaps", "#category-summary");
        await cam.CheckPageAsync();

        // On a desktop too, the first hot spot is within the first screen, the circle's tables below.
        await cam.Page.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);
        var top = await comparison.FirstHotSpotTopAsync();
        Assert.True(top is > 0 and < 800, $"The first hot spot starts at {top} px, below the first 1280×800 screen.");

        // Talk mode follows the pair on screen.
        await cam.Page.Locator("#first").SelectOptionAsync(new SelectOptionValue { Label = "Alex" });
        await cam.Page.Locator("#second").SelectOptionAsync(new SelectOptionValue { Label = "Bea" });
        await cam.FollowAsync(comparison.PairPicker.GetByRole(AriaRole.Button, new() { Name = "Compare" }));
        await cam.FollowAsync(comparison.TalkItThrough);
        Assert.EndsWith("/talk", cam.Path, StringComparison.Ordinal);
        await Expect(cam.Page.Locator("article[data-behaviour] dt")).ToHaveTextAsync(["Alex", "Bea"]);
        await cam.Page.SetViewportSizeAsync(Phone390.Width, Phone390.Height);
        await AssertNothingSidewaysAsync(cam.Page, "article[data-behaviour]");
    }

    /// <summary>The page does not scroll sideways, and each named element ends within the screen.</summary>
    private static async Task AssertNothingSidewaysAsync(IPage page, params string[] selectors)
    {
        var width = page.ViewportSize!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The page is {scrollWidth} px wide on a {width} px screen.");
        foreach (var selector in selectors)
        {
            var right = await page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().right");
            var inner = await page.Locator(selector).EvaluateAsync<double>("e => e.scrollWidth - e.clientWidth");
            Assert.True(right <= width && inner <= 1, $"{selector} ends at {right} px (and overflows by {inner} px) on a {width} px screen.");
        }
    }
}
