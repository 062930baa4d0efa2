using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

[Collection(BrowserTests.Name)]
public sealed class TwoPartnersTests(BrowserFixture app)
{
    private const string Sexting = "sexting";
    private const string WatchesPorn = "watches-porn";
    private const string HoldsHands = "holds-hands";

    /// <summary>Bea: a betrayal, an open question, one shared "fine", and "tell me" for the rest.</summary>
    private static Stance BeaFeels(string behaviour) => behaviour switch
    {
        Sexting => Stance.Betrayal,
        WatchesPorn => Stance.Unsure,
        HoldsHands => Stance.Fine,
        _ => Stance.TellMe,
    };

    [Fact]
    public async Task Two_partners_answer_in_private_and_after_both_submit_see_their_hot_spot_first()
    {
        var (questions, pages) = (app.Catalogue().Behaviours.Count, app.Catalogue().Categories.Count);
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark); // every page checked in dark mode too

        await alex.SignUpAsync("alex");
        Assert.Equal("/circles", alex.Path);
        await alex.CreateCircleAsync("Us", "Alex");
        var invite = await alex.InviteAsync();

        // Bea opens the link before she has an account: sign-in, then sign-up, then back to the invite.
        await bea.GoToAsync(invite);
        Assert.Equal("/signin", bea.Path);
        await bea.FollowAsync(bea.Link("Create an account"));
        await bea.CompleteSignUpAsync("bea");
        await bea.JoinHereAsync("Bea");
        Assert.Equal(alex.CirclePath, bea.CirclePath);
        await Expect(bea.Page.Locator("#members li")).ToHaveCountAsync(2);

        // Each answers alone, at the same time; Alex is fine with everything.
        var answered = await Task.WhenAll(alex.AnswerAllAsync(_ => Stance.Fine), bea.AnswerAllAsync(BeaFeels));
        Assert.All(answered, behaviours => Assert.Equal(questions, behaviours.Distinct().Count()));

        await alex.SubmitAsync();
        Assert.Equal(alex.RoundPath + "/review", alex.Path);
        await Expect(alex.Page.Locator("#submitted-notice")).ToBeVisibleAsync();
        await Expect(alex.Page.Locator("#waiting-for")).ToContainTextAsync("Bea");

        // Bea sees that Alex has submitted, and nothing of what Alex said.
        await bea.OpenCircleAsync();
        await Expect(bea.RoundStatusOf("Alex")).ToContainTextAsync("submitted");
        await Expect(bea.RoundStatusOf("Alex")).Not.ToContainTextAsync("not submitted");
        await Expect(bea.RoundStatusOf("Bea (you)")).ToContainTextAsync("not submitted yet");
        await Expect(bea.Main).Not.ToContainTextAsync(StanceWords.Of(Stance.Fine));
        await Expect(bea.Link("See where you agree and differ")).ToHaveCountAsync(0);
        await bea.GoToAsync(bea.RoundPath + "/comparison");
        Assert.Equal(bea.RoundPath + "/review", bea.Path);

        await bea.SubmitAsync();
        Assert.Equal(bea.RoundPath + "/comparison", bea.Path);
        var beasGuide = await AssertComparisonAsync(bea, me: Stance.Betrayal, them: "Alex", theirs: Stance.Fine, questions, pages);

        await alex.OpenComparisonAsync();
        var alexsGuide = await AssertComparisonAsync(alex, me: Stance.Fine, them: "Bea", theirs: Stance.Betrayal, questions, pages);
        Assert.Equal(beasGuide, alexsGuide); // the same answers show both partners the same way in
    }

    /// <returns>The opening line the hot spot's conversation guide suggests.</returns>
    private static async Task<string> AssertComparisonAsync(Person person, Stance me, string them, Stance theirs, int questions, int pages)
    {
        var comparison = new ComparisonView(person.Page);
        await Expect(comparison.PairHeading).ToHaveTextAsync($"You and {them}");

        // Hot spots first, then the rest in order of how much they are worth talking about.
        Assert.Equal(["HotSpot", "TalkAboutIt", "Close", "Aligned"], await comparison.KindsInOrderAsync());
        await Expect(comparison.ItemsOf("HotSpot")).ToHaveCountAsync(1);
        var hotSpot = comparison.Item("HotSpot", Sexting);
        await Expect(hotSpot).ToHaveCountAsync(1);
        await Expect(ComparisonView.StanceOf(hotSpot, "You")).ToHaveTextAsync(StanceWords.Of(me));
        await Expect(ComparisonView.StanceOf(hotSpot, them)).ToHaveTextAsync(StanceWords.Of(theirs));
        await Expect(comparison.Item("TalkAboutIt", WatchesPorn)).ToHaveCountAsync(1);
        await Expect(comparison.Item("Aligned", HoldsHands)).ToHaveCountAsync(1);

        await Expect(comparison.PairSummary).ToContainTextAsync("Hot spot: 1");
        await Expect(comparison.PairSummary).ToContainTextAsync("Talk about it: 1");
        await Expect(comparison.PairSummary).ToContainTextAsync($"Close: {questions - 3}");
        await Expect(comparison.PairSummary).ToContainTextAsync("Aligned: 1");

        await Expect(comparison.CategoryRows).ToHaveCountAsync(pages);
        Assert.Equal(questions, await comparison.CategoryTableTotalAsync());

        // With two people there is only one pair: no circle-wide table, no picker.
        await Expect(comparison.CircleGapRows).ToHaveCountAsync(0);
        await Expect(comparison.PairPicker).ToHaveCountAsync(0);

        // Each difference comes with a way to talk about it: an "I" opening in sight, open questions one tap away.
        await person.Page.Locator("#general-guidance summary").ClickAsync();
        await Expect(person.Page.Locator("#general-guidance li").First).ToBeVisibleAsync();
        var guide = hotSpot.Locator("[data-guide='HotSpot']");
        var opening = guide.Locator("q");
        await Expect(opening).ToBeVisibleAsync();
        var guideQuestions = guide.Locator("ul li");
        await Expect(guideQuestions.First).Not.ToBeVisibleAsync();
        await guide.Locator("summary").ClickAsync();
        await Expect(guideQuestions.First).ToBeVisibleAsync();
        Assert.True(await guideQuestions.CountAsync() >= 3);
        await person.CheckPageAsync(); // axe again, now that the guide is open
        return (await opening.TextContentAsync() ?? string.Empty).Trim();
    }
}
