using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>
/// Issue 3, "Predictions": optional guesses of each partner's answers, private until the reveal, then
/// blind spots (off by two or more steps) shown to the two people involved, with each member's accuracy.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class GuessTests(SharedApps apps)
{
    private static readonly string Category = TestCatalogue.Categories[0].Id;
    private static readonly string[] Ids = [.. TestCatalogue.Catalogue.InCategory(Category).Select(b => b.Id)];

    [Theory, Providers]
    public async Task Guesses_stay_private_until_the_reveal(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);

        var saved = await a.AnswerWithGuessesAsync(id, 1, Category, [(Ids[0], Stance.Fine)], [(Ids[0], 2, nameof(Stance.Betrayal)), (Ids[1], 2, nameof(Stance.AskFirst))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        // A sees their own guesses again, selected; B's page shows no guess of anyone's.
        var onA = await a.GetAsync(Paths.Answer(id, 1, Category));
        Assert.Equal(nameof(Stance.Betrayal), onA.Find($"input[name='Guesses[{Ids[0]}~2]'][checked]")!.GetAttribute("value"));
        Assert.Equal(nameof(Stance.AskFirst), onA.Find($"input[name='Guesses[{Ids[1]}~2]'][checked]")!.GetAttribute("value"));
        var onB = await b.GetAsync(Paths.Answer(id, 1, Category));
        Assert.All(onB.FindAll("input[name^='Guesses['][checked]"), o => Assert.Equal(string.Empty, o.GetAttribute("value")));
        Assert.Empty(onB.FindAll("input[name*='~2']"));

        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);
        foreach (var url in new[] { Paths.Circle(id), Paths.Review(id, 1), Paths.BlindSpots(id, 1), Paths.Comparison(id, 1) })
        {
            var page = await b.GetAsync(url);
            Assert.DoesNotContain("guessed", page.Text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(Paths.Review(id, 1), (await b.GetAsync(Paths.BlindSpots(id, 1))).Location);
    }

    [Theory, Providers]
    public async Task Blind_spots_show_guesses_two_or_more_steps_off_in_both_directions_to_both_people(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        // B answers Betrayal on the first, Fine on the second, AskFirst on the third behaviour.
        Stance OfB(string behaviour) => behaviour == Ids[0] ? Stance.Betrayal : behaviour == Ids[1] ? Stance.Fine : Stance.AskFirst;

        await a.AnswerWithGuessesAsync(id, 1, Category, [], [
            (Ids[0], 2, nameof(Stance.Fine)),      // 4 steps: thought B more relaxed
            (Ids[1], 2, nameof(Stance.Hurts)),     // 3 steps: thought B stricter
            (Ids[2], 2, nameof(Stance.Hurts)),     // 1 step: close, not a blind spot
            (Ids[3], 2, nameof(Stance.Unsure)),    // not scored
        ]);
        await b.AnswerWithGuessesAsync(id, 1, Category, [], [(Ids[0], 1, nameof(Stance.Fine))]); // exact
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await b.AnswerAllAsync(id, 1, behaviour => OfB(behaviour.Id));
        await a.SubmitAsync(id, 1);
        await b.SubmitAsync(id, 1);

        var onA = await a.GetAsync(Paths.BlindSpots(id, 1));
        Assert.Equal(HttpStatusCode.OK, onA.Status);
        var mine = onA.FindAll("#my-guesses li[data-behaviour]");
        Assert.Equal([Ids[0], Ids[1]], mine.Select(li => li.GetAttribute("data-behaviour")));
        Assert.Equal(["ThoughtMoreRelaxed", "ThoughtStricter"], mine.Select(li => li.GetAttribute("data-direction")));
        Assert.Contains("You guessed Birch would say “Fine with me — no need to mention it”. Birch said “That would feel like a betrayal”.", mine[0].TextContent);
        Assert.Contains("This matters more to Birch than you expected.", mine[0].TextContent);
        Assert.NotNull(mine[0].QuerySelector(".guide[data-guide=BlindSpot]"));
        Assert.Empty(onA.FindAll("#about-me li[data-behaviour]"));

        var onB = await b.GetAsync(Paths.BlindSpots(id, 1));
        var aboutB = onB.FindAll("#about-me li[data-behaviour]");
        Assert.Equal([Ids[0], Ids[1]], aboutB.Select(li => li.GetAttribute("data-behaviour")));
        Assert.Contains("Alder guessed you would say “Fine with me — no need to mention it”. You said “That would feel like a betrayal”.", aboutB[0].TextContent);
        Assert.Contains("This matters more to you than Alder realised.", aboutB[0].TextContent);
        Assert.Empty(onB.FindAll("#my-guesses li[data-behaviour]"));

        // Accuracy: A made 4 guesses, 3 scored, 1 close, 2 blind spots; B made 1, exact.
        Assert.Equal(["4", "1 of 3", "2"], Row(onB, 1));
        Assert.Equal(["1", "1 of 1", "0"], Row(onB, 2));
        Assert.Equal(Row(onA, 1), Row(onB, 1));
    }

    [Theory, Providers]
    public async Task In_a_circle_of_three_blind_spots_between_two_others_stay_between_them(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        await a.AnswerWithGuessesAsync(id, 1, Category, [], [(Ids[0], 3, nameof(Stance.Fine))]);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Fine, Stance.Betrayal);

        var onC = await c.GetAsync(Paths.BlindSpots(id, 1));
        Assert.Single(onC.FindAll("#about-me li[data-behaviour]"));
        var onB = await b.GetAsync(Paths.BlindSpots(id, 1));
        Assert.Empty(onB.FindAll("li[data-behaviour]"));
        Assert.DoesNotContain(TestCatalogue.Catalogue.Find(Ids[0])!.Label, onB.Text);
        Assert.Equal(["1", "0 of 1", "1"], Row(onB, 1));
    }

    [Theory, Providers]
    public async Task A_guess_about_someone_who_left_is_dropped_not_an_error(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        await a.AnswerWithGuessesAsync(id, 1, Category, [], [(Ids[0], 3, nameof(Stance.Fine)), (Ids[0], 2, nameof(Stance.Fine))]);
        await c.AnswerAllAsync(id, 1, Stance.Betrayal);
        await c.LeaveAsync(id);
        await a.AnswerAllAsync(id, 1, Stance.Fine);
        await a.SubmitAsync(id, 1);
        await b.AnswerAllAsync(id, 1, Stance.Betrayal);
        await b.SubmitAsync(id, 1);

        var onA = await a.GetAsync(Paths.BlindSpots(id, 1));
        Assert.Equal(HttpStatusCode.OK, onA.Status);
        Assert.Equal(["1", "0 of 1", "1"], Row(onA, 1));
        Assert.Single(onA.FindAll("#my-guesses li[data-behaviour]"));
        Assert.DoesNotContain("Cedar", onA.Text);
    }

    [Theory, Providers]
    public async Task Guesses_about_yourself_are_ignored_and_unreadable_ones_keep_everything_else(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var self = await a.AnswerWithGuessesAsync(id, 1, Category, [(Ids[0], Stance.TellMe)], [(Ids[0], 1, nameof(Stance.Fine)), (Ids[0], 9, nameof(Stance.Fine))]);
        Assert.Equal(HttpStatusCode.Redirect, self.Status);

        var unreadable = await a.AnswerWithGuessesAsync(id, 1, Category, [(Ids[1], Stance.Hurts)], [(Ids[1], 2, "Furious")]);
        Assert.Equal(HttpStatusCode.OK, unreadable.Status);
        Assert.NotNull(unreadable.Find(".error-summary"));
        var page = await a.GetAsync(Paths.Answer(id, 1, Category));
        Assert.Equal(nameof(Stance.Hurts), page.Find($"input[name='Answers[{Ids[1]}]'][checked]")!.GetAttribute("value"));
        Assert.Equal(nameof(Stance.TellMe), page.Find($"input[name='Answers[{Ids[0]}]'][checked]")!.GetAttribute("value"));
    }

    [Theory, Providers]
    public async Task Without_any_guesses_the_page_says_how_to_make_them(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Hurts);
        var page = await circle[0].GetAsync(Paths.BlindSpots(circle.Circle, 1));
        Assert.NotNull(page.Find("#no-guesses"));
    }

    private static List<string> Row(WebPage page, int seat) =>
        [.. page.FindAll($"#accuracy tr[data-member='{seat}'] td").Select(td => td.TextContent.Trim())];
}
