using System.Net;
using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>What a member does with custom behaviours, guesses and revisits, as intent methods on <see cref="Person"/>.</summary>
public static class RoundIntents
{
    /// <summary>Adds a behaviour to the circle; returns the page the form posted to (a redirect when it worked).</summary>
    public static Task<WebPage> AddBehaviourAsync(this Person person, Guid circle, string label, string category, string clarification = "") =>
        person.PostFormAsync(Paths.Behaviours(circle), ("Label", label), ("Category", category), ("Clarification", clarification));

    /// <summary>The circle's own behaviours as the page lists them, by label.</summary>
    public static async Task<IReadOnlyList<string>> CustomLabelsAsync(this Person person, Guid circle)
    {
        var page = await person.GetAsync(Paths.Behaviours(circle));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.FindAll("#custom-behaviours > li > strong").Select(e => e.TextContent.Trim())];
    }

    /// <summary>The behaviour ids the questionnaire shows on a category page, in order.</summary>
    public static async Task<IReadOnlyList<string>> AskedOnPageAsync(this Person person, Guid circle, int round, string category)
    {
        var page = await person.GetAsync(Paths.Answer(circle, round, category));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.FindAll("input[type=radio][name^='Answers['][value=Fine]").Select(e => e.GetAttribute("name")!["Answers[".Length..^1])];
    }

    /// <summary>Answers every behaviour the round asks, the circle's own included, then returns how many there were.</summary>
    public static async Task<int> AnswerEverythingAsync(this Person person, Guid circle, int round, Func<string, Stance> pattern)
    {
        var total = 0;
        foreach (var category in TestCatalogue.Categories)
        {
            var ids = await person.AskedOnPageAsync(circle, round, category.Id);
            total += ids.Count;
            var page = await person.AnswerPageAsync(circle, round, category.Id, ids.Select(id => (id, pattern(id).ToString())));
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
        }

        return total;
    }

    /// <summary>Saves a page of answers with guesses about other members, by their seat (Save button, no JavaScript).</summary>
    public static Task<WebPage> AnswerWithGuessesAsync(
        this Person person, Guid circle, int round, string category,
        IEnumerable<(string BehaviourId, Stance Stance)> answers,
        IEnumerable<(string BehaviourId, int Seat, string Guess)> guesses) =>
        person.PostFormAsync(
            Paths.Answer(circle, round, category),
            [
                .. answers.Select(a => ($"Answers[{a.BehaviourId}]", a.Stance.ToString())),
                .. guesses.Select(g => ($"Guesses[{g.BehaviourId}~{g.Seat}]", g.Guess)),
                ("go", "save"),
            ]);

    public static Behaviour FirstIn(string category) => TestCatalogue.Catalogue.InCategory(category).First();
}
