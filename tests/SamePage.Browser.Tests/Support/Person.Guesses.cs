using Microsoft.Playwright;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>Guesses on the questionnaire, the circle's own behaviours, and the pages of a revealed round.</summary>
public sealed partial class Person
{
    /// <summary>The question block of one behaviour on the current questionnaire page.</summary>
    public ILocator Question(string behaviourId) =>
        Page.Locator("fieldset.behaviour").Filter(new() { Has = StanceRadio(behaviourId, Stance.Fine) });

    /// <summary>Opens "Guess …'s answer" under a behaviour and picks a stance on the named partner's row.</summary>
    public async Task GuessAsync(string behaviourId, string partner, Stance guess)
    {
        var question = Question(behaviourId);
        var details = question.Locator("details.guesses");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        var row = question.GetByRole(AriaRole.Group, new() { Name = $"How do you think {partner} will answer?", Exact = true });
        var choice = row.GetByRole(AriaRole.Radio, new() { Name = StanceWords.Of(guess), Exact = true });
        await choice.CheckAsync();
        await Expect(choice).ToBeCheckedAsync();
    }

    /// <summary>
    /// Like <see cref="AnswerAllAsync(Func{string, Stance})"/>, and on the way makes the given guesses
    /// about a partner, on whichever page their behaviour is asked.
    /// </summary>
    public async Task<IReadOnlyList<string>> AnswerAllWithGuessesAsync(Func<string, Stance> choose, string partner, IReadOnlyDictionary<string, Stance> guesses)
    {
        await StartAnsweringAsync();
        var answered = new List<string>();
        for (var page = 0; page < MaxPages; page++)
        {
            if (OnStylePage)
            {
                await FollowAsync(Button("Save and review"));
                return answered;
            }

            var ids = await AnswerThisPageAsync(choose);
            answered.AddRange(ids);
            foreach (var id in ids.Where(guesses.ContainsKey))
            {
                await GuessAsync(id, partner, guesses[id]);
            }

            var next = Button("Save and continue");
            if (await next.CountAsync() == 0)
            {
                await FollowAsync(Button("Save and review"));
                return answered;
            }

            await FollowAsync(next);
        }

        Assert.Fail($"The questionnaire did not end within {MaxPages} pages.");
        return answered;
    }

    /// <summary>From the circle page: adds a behaviour of the circle's own, and checks it is listed.</summary>
    public async Task AddOwnBehaviourAsync(string label, string groupTitle, string clarification)
    {
        await OpenCircleAsync();
        await FollowAsync(Link("Add a behaviour of your own"));
        await Field("The behaviour").FillAsync(label);
        await Field("Which group does it belong to?").SelectOptionAsync(new SelectOptionValue { Label = groupTitle });
        await Field("Clarification (optional)").FillAsync(clarification);
        await FollowAsync(Button("Add for everyone"));
        await Expect(Page.Locator("#behaviours-notice")).ToBeVisibleAsync();
        await Expect(Page.Locator("#custom-behaviours")).ToContainTextAsync(label);
    }

    /// <summary>Follows one of the tabs of a revealed round ("Blind spots", "What changed", …).</summary>
    public Task OpenRoundTabAsync(string name) =>
        FollowAsync(Page.Locator("nav.round-tabs").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));
}
