using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.CheckIns;

/// <summary>Issue 6: two partners check in twice, see the agenda, a private note about a sharp drop, and the trends as charts and tables.</summary>
[Collection(BrowserTests.Name)]
public sealed class CheckInTests(BrowserFixture app)
{
    private const string Clause = "We tell each other when we make a new close friend.";

    private static Dictionary<string, int> All(int score, params (string Item, int Score)[] except) =>
        CheckInItems.All.ToDictionary(i => i, i => except.Any(e => e.Item == i) ? except.First(e => e.Item == i).Score : score);

    [Fact]
    public async Task Two_partners_check_in_twice_and_see_the_agenda_and_their_trends()
    {
        await using var sky = await Person.OpenAsync(app);
        await using var ren = await Person.OpenAsync(app, viewport: BrowserFixture.Phone, colorScheme: ColorScheme.Dark);
        await sky.SignUpAsync("sky");
        await sky.CreateCircleAsync("Sky and Ren", "Sky");
        var invite = await sky.InviteAsync();
        await ren.SignUpAsync("ren");
        await ren.JoinAsync(invite, "Ren");
        await AgreementSetup.CreateSignedVersionAsync(app, sky, [sky, ren], AgreementSetup.Clause(Clause, Expectation.TellMe));

        // The first check-in: due on the circle's home as soon as there are two of them.
        await sky.OpenCircleAsync();
        await Expect(sky.CheckInSummary).ToContainTextAsync("Time for your first check-in.");
        await sky.StartCheckInFromHomeAsync();
        await sky.AnswerCheckInAsync(All(5), new Dictionary<string, string> { [Clause] = "Still fits" },
            appreciation: "You made time for my sister's visit.", topics: "Holidays this summer");
        await sky.SubmitCheckInAsync();
        await Expect(sky.Page.Locator("#submitted-notice")).ToBeVisibleAsync();
        await Expect(sky.Page.Locator("#waiting-for")).ToHaveTextAsync("Still to submit: Ren.");

        await ren.OpenCheckInFromHomeAsync(1);
        await Expect(ren.Main).Not.ToContainTextAsync("Holidays this summer");
        await ren.AnswerCheckInAsync(All(4), new Dictionary<string, string> { [Clause] = "Feels hard to keep" },
            appreciation: "Thank you for the long walk on Sunday.", topics: "How we share chores");
        await ren.SubmitCheckInAsync();

        // Revealed: everyone's scores, the clause flagged and by whom, and the agenda in its four parts.
        await Expect(ren.Page.Locator("#check-in-scores tr[data-item='secure'] td")).ToHaveTextAsync(["5 of 6", "4 of 6"]);
        await Expect(ren.Page.Locator("#flagged-clauses li")).ToContainTextAsync("Feels hard to keep for you");
        await Expect(ren.Page.Locator("#agenda > ol > li h3")).ToHaveTextAsync(["Review", "Topics", "Action points", "Reconnect"]);
        await Expect(ren.Page.Locator("#agenda-review")).ToContainTextAsync(Clause);
        await Expect(ren.Page.Locator("#agenda-topics .topic-text")).ToHaveTextAsync(["Holidays this summer", "How we share chores"]);
        await Expect(ren.Page.Locator("#agenda-actions li[data-action='EaseClause']")).ToContainTextAsync("easier to keep");
        await Expect(ren.Page.Locator("#agenda-reconnect")).ToContainTextAsync("You made time for my sister's visit.");

        // The second check-in: Sky feels a lot less secure. Ren starts it from the home page.
        await ren.StartCheckInFromHomeAsync();
        await ren.AnswerCheckInAsync(All(4, (CheckInItems.Close, 5)));
        await ren.SubmitCheckInAsync();
        await sky.OpenCheckInFromHomeAsync(2);
        await sky.AnswerCheckInAsync(All(5, (CheckInItems.Secure, 2)), topics: "Feeling unsettled lately");
        await sky.SubmitCheckInAsync();

        // Only Sky sees a gentle note, with a way to help; the shared agenda lists the change without blame.
        await Expect(sky.Page.Locator("#drop-support")).ToContainTextAsync("Feeling secure: 2 now, 5 at check-in 1.");
        await Expect(sky.Page.Locator("#drop-support a[href='/help']")).ToBeVisibleAsync();
        await Expect(sky.Page.Locator("#agenda-review li[data-drop='secure']")).ToHaveTextAsync("You: Feeling secure went from 5 to 2 since check-in 1.");
        await ren.GoToAsync(sky.Path);
        await Expect(ren.Page.Locator("#drop-support")).ToHaveCountAsync(0);
        await Expect(ren.Page.Locator("#agenda-actions li[data-action='HearMember']")).ToContainTextAsync("hear how Sky has been feeling");

        // Trends: a chart per question, with a line per partner, and the same numbers as a table.
        await sky.OpenTrendsAsync();
        await Expect(sky.Page.Locator("svg.trend-chart[role='img']")).ToHaveCountAsync(CheckInItems.All.Count);
        var secure = sky.Page.Locator("#trend-secure");
        await Expect(secure.Locator("svg.trend-chart")).ToHaveAccessibleNameAsync("Feeling secure at each check-in, for each person");
        await Expect(secure.Locator("svg.trend-chart desc")).ToContainTextAsync("You: 5 at check-in 1, 2 at check-in 2.");
        await Expect(secure.Locator("svg.trend-chart polyline")).ToHaveCountAsync(2);
        await Expect(secure.Locator(".trend-legend li")).ToHaveTextAsync(["You", "Ren"]);
        await Expect(secure.Locator("#trend-table-secure")).Not.ToBeVisibleAsync();
        await secure.GetByText("Show feeling secure as a table").ClickAsync();
        await Expect(secure.Locator("#trend-table-secure tbody tr")).ToHaveCountAsync(2);
        await Expect(secure.Locator("#trend-table-secure tbody tr[data-check-in='2'] td[data-seat]")).ToHaveTextAsync(["2", "4"]);
        await sky.CheckPageAsync();
        await Expect(sky.Page.Locator("#drop-support")).ToBeVisibleAsync();

        await ren.GoToAsync(sky.Path);
        await Expect(ren.Page.Locator("#drop-support")).ToHaveCountAsync(0);
        await Expect(ren.Page.Locator("#trend-close .trend-legend li")).ToHaveTextAsync(["Sky", "You"]);
    }
}
