using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SamePage.Core.Stances;

namespace SamePage.Browser.Tests.Support;

/// <summary>The questionnaire page by page, review and submit, and the comparison after the reveal.</summary>
public sealed partial class Person
{
    /// <summary>The most pages the questionnaire could have before a test gives up (the catalogue has 9).</summary>
    private const int MaxPages = 30;

    public string RoundPath { get; private set; } = string.Empty;

    /// <summary>The sticky progress line, "23 of 63 · about 9 minutes left".</summary>
    public ILocator ProgressText => Page.Locator("[data-progress-text]");

    public ILocator SaveStatus => Page.Locator("[data-save-status]");

    /// <summary>The links to each page of the questionnaire (then "Review and submit").</summary>
    public ILocator QuestionnairePages =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = Say("Pages of the questionnaire") }).GetByRole(AriaRole.Link);

    /// <summary>Whether this is "How I connect", the questionnaire's optional last page.</summary>
    public bool OnStylePage => Path.EndsWith("/answer/how-i-connect", StringComparison.Ordinal);

    /// <summary>On "How I connect": clicks the segment of the chosen step (0 to 4) for each item given.</summary>
    public async Task AnswerStylesAsync(IReadOnlyDictionary<string, int> steps)
    {
        Assert.True(OnStylePage, $"Expected How I connect, got {Path}");
        foreach (var (item, step) in steps)
        {
            await Page.Locator($"label.segment:has(#st-{item}-{step})").ClickAsync();
        }
    }

    /// <summary>From the circle page, opens the questionnaire where the app resumes.</summary>
    public async Task StartAnsweringAsync()
    {
        await OpenCircleAsync();
        await FollowAsync(Link("Answer the questions"));
        var match = Regex.Match(Path, "^(/circles/[0-9a-f-]{36}/rounds/[0-9]+)/answer(/[a-z0-9-]+)?$");
        Assert.True(match.Success, $"Expected a questionnaire page, got {Path}");
        RoundPath = match.Groups[1].Value;
    }

    /// <summary>
    /// Answers every page of the questionnaire by clicking the stance labels, going on with
    /// "Save and continue" until "Save and review" (skipping "How I connect"). Returns the ids of the behaviours answered.
    /// </summary>
    public async Task<IReadOnlyList<string>> AnswerAllAsync(Func<string, Stance> choose)
    {
        await StartAnsweringAsync();
        var answered = new List<string>();
        for (var page = 0; page < MaxPages; page++)
        {
            if (OnStylePage)
            {
                // "How I connect" is optional; these paths skip it (see AnswerStylesAsync).
                await FollowAsync(Button("Save and review"));
                Assert.Equal(RoundPath + "/review", Path);
                return answered;
            }

            answered.AddRange(await AnswerThisPageAsync(choose));
            var next = Button("Save and continue");
            if (await next.CountAsync() == 0)
            {
                await FollowAsync(Button("Save and review"));
                Assert.Equal(RoundPath + "/review", Path);
                return answered;
            }

            await FollowAsync(next);
        }

        Assert.Fail($"The questionnaire did not end within {MaxPages} pages.");
        return answered;
    }

    /// <summary>Clicks the label of the chosen stance for every behaviour on the current page.</summary>
    public async Task<IReadOnlyList<string>> AnswerThisPageAsync(Func<string, Stance> choose)
    {
        var ids = await BehavioursOnPageAsync();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            await StanceLabel(id, choose(id)).ClickAsync();
        }

        return ids;
    }

    /// <summary>The behaviour ids asked on this page, in order (from the radio groups' names, Answers[id]).</summary>
    public async Task<IReadOnlyList<string>> BehavioursOnPageAsync()
    {
        var names = await Page.Locator("fieldset.behaviour input[type=radio][name^='Answers['][value=Fine]").EvaluateAllAsync<string[]>("els => els.map(e => e.name)");
        return [.. names.Select(n => Regex.Match(n, @"^Answers\[(.+)\]$").Groups[1].Value)];
    }

    /// <summary>Waits for the progress line to say how many of how many are answered (the minutes left follow).</summary>
    public Task ExpectProgressAsync(int answered, int total) =>
        Assertions.Expect(ProgressText).ToHaveTextAsync(new Regex($"^{answered} of {total} · "));

    /// <summary>The segment (or chip) of a stance on a question: the label around its radio button.</summary>
    public ILocator StanceLabel(string behaviourId, Stance stance) => Page.Locator("label").Filter(new() { Has = StanceRadio(behaviourId, stance) });

    public ILocator StanceRadio(string behaviourId, Stance stance) => Page.Locator($"#s-{behaviourId}-{stance}");

    /// <summary>On the review page with every answer given: submits (lands on review, or on the comparison if last).</summary>
    public async Task SubmitAsync()
    {
        Assert.Equal(RoundPath + "/review", Path);
        await FollowAsync(Button("Submit my answers"));
    }

    /// <summary>From the circle page, once everyone has submitted.</summary>
    public async Task OpenComparisonAsync()
    {
        await OpenCircleAsync();
        await FollowAsync(Link("See where you agree and differ"));
        Assert.EndsWith("/comparison", Path, StringComparison.Ordinal);
    }
}
