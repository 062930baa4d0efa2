using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

[Collection(BrowserTests.Name)]
public sealed class ThreeMembersTests(BrowserFixture app)
{
    private const string Sexting = "sexting";

    [Fact]
    public async Task With_a_third_member_the_comparison_shows_the_circles_biggest_gaps_and_any_pair_can_be_compared()
    {
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app);
        await using var cam = await Person.OpenAsync(app, viewport: BrowserFixture.Phone); // every page checked on a phone too

        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("The three of us", "Alex");
        foreach (var (person, name) in new[] { (bea, "Bea"), (cam, "Cam") })
        {
            var invite = await alex.InviteAsync();
            await person.SignUpAsync(name);
            await person.JoinAsync(invite, name);
        }

        await alex.OpenCircleAsync();
        await Expect(alex.Page.Locator("#members li")).ToHaveCountAsync(3);

        // Alex: fine with everything. Bea: a betrayal, "tell me" otherwise. Cam: "ask first" throughout.
        await Task.WhenAll(
            alex.AnswerAllAsync(_ => Stance.Fine),
            bea.AnswerAllAsync(b => b == Sexting ? Stance.Betrayal : Stance.TellMe),
            cam.AnswerAllAsync(_ => Stance.AskFirst));
        await alex.SubmitAsync();
        await bea.SubmitAsync();
        Assert.Equal(bea.RoundPath + "/review", bea.Path);
        await cam.SubmitAsync();
        Assert.Equal(cam.RoundPath + "/comparison", cam.Path);

        var comparison = new ComparisonView(cam.Page);

        // The circle-wide table: the hot spot between Alex and Bea comes first, with everyone's answer.
        var header = cam.Page.Locator("#circle-gaps thead th");
        await Expect(header).ToHaveTextAsync(["Behaviour", "Difference", "Alex", "Bea", "You"]);
        var firstGap = comparison.CircleGapRows.First;
        await Expect(firstGap.Locator("td")).ToHaveTextAsync(
            ["Hot spot", StanceWords.Of(Stance.Fine), StanceWords.Of(Stance.Betrayal), StanceWords.Of(Stance.AskFirst)]);

        // A picture of the gaps: a square per category and pair, and the same numbers as a table on request.
        var pages = app.Catalogue().Categories.Count;
        await Expect(cam.Page.Locator("#heat-map svg[role=img] [data-heat-cell]")).ToHaveCountAsync(pages * 3);
        await cam.Page.GetByText("Show the picture as a table").ClickAsync();
        await Expect(cam.Page.Locator("#heat-table thead th")).ToHaveTextAsync(["Category", "Alex & Bea", "You & Alex", "You & Bea"]); // pairs in seat order, the same for everyone
        await cam.CheckPageAsync(); // axe again, with the table open

        // Cam's own pair comes first; the picker compares the other two.
        await Expect(comparison.PairHeading).ToHaveTextAsync("You and Alex");
        await Expect(comparison.PairPicker).ToBeVisibleAsync();
        await cam.Page.GetByLabel("First person").SelectOptionAsync(new SelectOptionValue { Label = "Alex" });
        await cam.Page.GetByLabel("Second person").SelectOptionAsync(new SelectOptionValue { Label = "Bea" });
        await cam.FollowAsync(comparison.PairPicker.GetByRole(AriaRole.Button, new() { Name = "Compare" }));

        await Expect(comparison.PairHeading).ToHaveTextAsync("Alex and Bea");
        var hotSpot = comparison.Item("HotSpot", Sexting);
        await Expect(hotSpot).ToHaveCountAsync(1);
        await Expect(ComparisonView.StanceOf(hotSpot, "Alex")).ToHaveTextAsync(StanceWords.Of(Stance.Fine));
        await Expect(ComparisonView.StanceOf(hotSpot, "Bea")).ToHaveTextAsync(StanceWords.Of(Stance.Betrayal));
        await Expect(cam.Page.Locator("#first option:checked")).ToHaveTextAsync("Alex");
        await Expect(cam.Page.Locator("#second option:checked")).ToHaveTextAsync("Bea");
    }
}
