using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

/// <summary>
/// Issue 3: two partners guess each other's answers and, after the reveal, see their blind spots;
/// one adds a behaviour of the circle's own, which the other answers.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class BlindSpotsTests(BrowserFixture app)
{
    private const string Sexting = "sexting";
    private const string HoldsHands = "holds-hands";
    private const string OwnLabel = "Texting an ex late at night";

    [Fact]
    public async Task Partners_guess_each_other_see_their_blind_spots_and_answer_a_behaviour_one_of_them_added()
    {
        await using var kai = await Person.OpenAsync(app);
        await using var noor = await Person.OpenAsync(app);
        await kai.SignUpAsync("kai");
        await kai.CreateCircleAsync("Us two", "Kai");
        var invite = await kai.InviteAsync();
        await noor.SignUpAsync("noor");
        await noor.JoinAsync(invite, "Noor");

        // Noor adds a behaviour before anyone has submitted: it is asked of both in this round.
        await noor.AddOwnBehaviourAsync(OwnLabel, "Ex-partners", "Messages after midnight, more than now and then");

        // Kai is relaxed about everything, and guesses Noor is too about sexting; Noor is not.
        var kaiAnswered = await kai.AnswerAllWithGuessesAsync(_ => Stance.Fine, "Noor", new Dictionary<string, Stance> { [Sexting] = Stance.Fine, [HoldsHands] = Stance.TellMe });
        var custom = Assert.Single(kaiAnswered, id => id.StartsWith("custom-", StringComparison.Ordinal));
        await kai.SubmitAsync();

        // Noor thinks Kai would mind holding hands; Kai doesn't.
        var noorAnswered = await noor.AnswerAllWithGuessesAsync(
            id => id == Sexting || id == custom ? Stance.Betrayal : Stance.TellMe,
            "Kai",
            new Dictionary<string, Stance> { [HoldsHands] = Stance.Betrayal, [Sexting] = Stance.Fine });
        Assert.Contains(custom, noorAnswered);
        await noor.SubmitAsync();
        Assert.EndsWith("/comparison", noor.Path, StringComparison.Ordinal);

        // The behaviour Noor added is compared like any other: a hot spot.
        var comparison = new ComparisonView(noor.Page);
        await Expect(comparison.Item("HotSpot", custom)).ToContainTextAsync(OwnLabel);

        // Noor's blind spot: thought Kai would mind, Kai is fine. Kai's guess about Noor was off too.
        await noor.OpenRoundTabAsync("Blind spots");
        Assert.EndsWith("/blind-spots", noor.Path, StringComparison.Ordinal);
        var noorsGuess = noor.Page.Locator($"#my-guesses li[data-behaviour='{HoldsHands}']");
        await Expect(noorsGuess).ToContainTextAsync("You guessed Kai would say “That would feel like a betrayal”. Kai said “Fine with me — no need to mention it”.");
        await Expect(noorsGuess).ToContainTextAsync("Kai is more relaxed about this than you expected.");
        await Expect(noor.Page.Locator("#my-guesses li[data-behaviour]")).ToHaveCountAsync(1); // Sexting was guessed right
        var aboutNoor = noor.Page.Locator($"#about-me li[data-behaviour='{Sexting}']");
        await Expect(aboutNoor).ToContainTextAsync("Kai guessed you would say “Fine with me — no need to mention it”. You said “That would feel like a betrayal”.");
        await Expect(aboutNoor.Locator(".guide .guide-opening")).ToContainTextAsync("You could start with:");
        await aboutNoor.Locator(".guide summary").ClickAsync();
        await Expect(aboutNoor.Locator(".guide li").First).ToBeVisibleAsync();
        await noor.CheckPageAsync();

        await kai.OpenComparisonAsync();
        await kai.OpenRoundTabAsync("Blind spots");
        var kaisGuess = kai.Page.Locator($"#my-guesses li[data-behaviour='{Sexting}']");
        await Expect(kaisGuess).ToContainTextAsync("This matters more to Noor than you expected.");
        // Each guessed twice: one exact, one blind spot.
        await Expect(kai.Page.Locator("#accuracy tbody tr").Nth(0)).ToContainTextAsync("You");
        await Expect(kai.Page.Locator("#accuracy tbody tr").Nth(0).Locator("td")).ToHaveTextAsync(["2", "1 of 2", "1"]);
        await Expect(kai.Page.Locator("#accuracy tbody tr").Nth(1).Locator("td")).ToHaveTextAsync(["2", "1 of 2", "1"]);
    }
}
