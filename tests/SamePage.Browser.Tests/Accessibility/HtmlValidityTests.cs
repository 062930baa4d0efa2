using System.Globalization;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using Xunit.Abstractions;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// Every page is valid HTML: the Nu HTML Checker (vnu.jar) reports no errors on any document the
/// server sends during a whole two-partner flow, from the home page to the error pages. It checks the
/// bodies of the navigations' responses, not the DOM after scripts ran. axe checks each page on the
/// way (the page objects do). The pages in Spanish and German are checked on the walk of
/// <see cref="EveryPageTests"/>, which keeps them for the checker as it reads them for English left over.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class HtmlValidityTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Clause = "We tell each other before we meet an ex, and we say how it went.";

    private readonly ServedPages _served = new();

    [Fact]
    public async Task The_checker_reports_broken_html_and_passes_a_clean_page()
    {
        var broken = await HtmlValidator.ValidateAsync("broken", "<!DOCTYPE html><html lang=\"en\"><title>x</title><p><div>block in a paragraph</div></p><a href=\"/\"><button>nested</button></a>");
        var clean = await HtmlValidator.ValidateAsync("clean", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><main><p>Fine.</p></main></body></html>");

        Assert.Contains(broken, e => e.Page == "broken" && e.Message.Contains("“p”", StringComparison.Ordinal));
        Assert.Contains(broken, e => e.Message.Contains("“button”", StringComparison.Ordinal));
        Assert.Empty(clean);
    }

    [Fact]
    public async Task Every_page_of_a_two_partner_flow_is_valid_html()
    {
        await using var tess = await Person.OpenAsync(app);
        await using var uma = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        await using var vic = await Person.OpenAsync(app, javaScript: false);
        tess.Served = uma.Served = vic.Served = _served;

        // Before an account: the start, help and safety pages, signing in and recovering.
        await StepAsync("home", () => tess.GoToAsync("/"));
        await StepAsync("help", async () =>
        {
            await tess.GoToAsync("/help");
            await tess.Field("Show helplines for").SelectOptionAsync(new SelectOptionValue { Label = "Germany" });
            await tess.FollowAsync(tess.Button("Show"));
        });
        await StepAsync("safety check", async () =>
        {
            await tess.FollowAsync(tess.Link("Take a private safety check"));
            await tess.Page.Locator("label[for='q-phone-checked-Sometimes']").ClickAsync();
            await tess.Page.Locator("label[for='q-kept-from-people-Often']").ClickAsync();
            await tess.FollowAsync(tess.Button("See what this might mean"));
        });
        await StepAsync("recover", () => tess.GoToAsync("/recover"));

        // Signing up, a circle, an invite, joining.
        await StepAsync("sign up", () => tess.SignUpAsync("tess"));
        await StepAsync("sign up", () => uma.SignUpAsync("uma"));
        await StepAsync("circles", () => tess.GoToAsync("/circles"));
        await StepAsync("new circle", () => tess.CreateCircleAsync("Tess and Uma", "Tess"));
        var invite = await StepAsync("invite", tess.InviteAsync);
        await StepAsync("join", () => uma.JoinAsync(invite, "Uma"));
        await StepAsync("behaviours", () => tess.GoToAsync(tess.CirclePath + "/behaviours"));

        // The questionnaire, the review, waiting, the journal; then the comparison and what comes from it.
        await StepAsync("questionnaire", () => tess.AnswerAllAsync(b => b.Length % 3 == 0 ? Stance.TellMe : Stance.Fine));
        await StepAsync("how I connect", () => tess.GoToAsync(tess.RoundPath + "/answer/how-i-connect"));
        await StepAsync("review", () => tess.GoToAsync(tess.RoundPath + "/review"));
        await StepAsync("waiting", tess.SubmitAsync);
        await StepAsync("waiting", tess.OpenCircleAsync);
        await StepAsync("journal", () => tess.GoToAsync(tess.RoundPath + "/journal"));
        await StepAsync("questionnaire", () => uma.AnswerAllAsync(b => (b.Sum(c => c) % 4) switch { 0 => Stance.Fine, 1 => Stance.AskFirst, 2 => Stance.Hurts, _ => Stance.Betrayal }));
        await StepAsync("submit", uma.SubmitAsync);
        await StepAsync("comparison", tess.OpenComparisonAsync);
        var comparison = new ComparisonView(tess.Page);
        var hotSpot = await comparison.ItemsOf("HotSpot").First.GetAttributeAsync("data-behaviour");
        await StepAsync("talk guide", () => tess.FollowAsync(comparison.TalkItThrough));
        foreach (var tab in new[] { "blind-spots", "changes", "reflections" })
        {
            await StepAsync(tab, () => tess.GoToAsync($"{tess.RoundPath}/{tab}"));
        }

        // The agreement: a clause from the comparison, the draft, a version both sign, the versions and print.
        await StepAsync("clause suggestion", async () =>
        {
            await tess.OpenComparisonAsync();
            await tess.AddToAgreementFromComparisonAsync(hotSpot!);
        });
        await StepAsync("agreement draft", () => tess.RewordClauseAsync(Clause));
        await StepAsync("clause", () => tess.FollowAsync(tess.Main.Locator("a[href*='/agreement/clauses/']").First));
        await StepAsync("agreement draft", tess.OpenAgreementAsync);
        await StepAsync("agreement version", tess.ProposeDraftAsync);
        await StepAsync("sign", tess.SignThisVersionAsync);
        await StepAsync("sign", async () =>
        {
            await uma.OpenAgreementAsync();
            await uma.FollowAsync(uma.Link("Read and sign version 1"));
            await uma.SignThisVersionAsync();
        });
        await StepAsync("agreement", uma.OpenAgreementAsync);
        await StepAsync("versions", () => uma.FollowAsync(uma.Link("All versions")));
        await StepAsync("compare versions", () => uma.GoToAsync(uma.AgreementPath + "/compare"));
        await StepAsync("print", () => uma.GoToAsync(uma.AgreementPath + "/versions/1/print"));

        // A check-in answered by both, its results and trends.
        await StepAsync("check-in", tess.StartCheckInFromHomeAsync);
        await StepAsync("check-in, waiting", async () =>
        {
            await tess.AnswerCheckInAsync(Scores(4), appreciation: "Thank you for Sunday.", topics: "Our summer plans");
            await tess.SubmitCheckInAsync();
        });
        await StepAsync("check-in results", async () =>
        {
            await uma.OpenCheckInFromHomeAsync(1);
            await uma.AnswerCheckInAsync(Scores(2), appreciation: "I loved the walk.", topics: "Chores");
            await uma.SubmitCheckInAsync();
        });
        await StepAsync("check-in trends", uma.OpenTrendsAsync);
        await StepAsync("check-ins", () => uma.GoToAsync(uma.CirclePath + "/check-ins"));

        // A concern: drafted, edited, shared, replied to, an outcome recorded; the self-check; parting pages.
        await StepAsync("concerns", uma.OpenConcernsAsync);
        await StepAsync("concern draft", () => uma.DraftConcernAsync("You were on your phone all through dinner.", "A bit lonely.", "A phone-free dinner once a week."));
        var concern = uma.Path;
        await StepAsync("concern edit", () => uma.GoToAsync(concern + "/edit"));
        await StepAsync("concern shared", async () =>
        {
            await uma.GoToAsync(concern);
            await uma.ShareConcernWithAsync("Tess");
        });
        await StepAsync("concern reply", async () =>
        {
            await tess.GoToAsync(concern);
            await tess.ReplyAsync(ConcernWords.YourReply, "I didn't notice; let's try it.");
        });
        await StepAsync("concern outcome", async () =>
        {
            await uma.GoToAsync(concern);
            await uma.RecordOutcomeAsync("A misunderstanding, cleared up");
        });
        await StepAsync("self-check", async () =>
        {
            await tess.GoToAsync(tess.CirclePath + "/self-check");
            var group = tess.Page.Locator("details.behaviour-group").First;
            await group.Locator("summary").ClickAsync();
            await group.GetByRole(AriaRole.Checkbox).First.CheckAsync();
            await tess.Field("In your own words (optional)").FillAsync("Chatting late with a colleague.");
            await tess.FollowAsync(tess.Button("Save and see next steps"));
        });
        foreach (var page in new[] { "parting", "leave" })
        {
            await StepAsync(page, () => tess.GoToAsync($"{tess.CirclePath}/{page}"));
        }

        await StepAsync("circle, later", tess.OpenCircleAsync);

        // Settings and the account's own pages, with a mistake shown where a passphrase is asked.
        foreach (var path in new[] { "/account", "/account/sessions", "/account/notifications", "/account/time-zone", "/account/sounding-board", "/account/sounding-board/new", "/account/delete" })
        {
            await StepAsync("settings", () => tess.GoToAsync(path));
        }

        await StepAsync("passphrase, mistyped", async () =>
        {
            await tess.GoToAsync("/account/passphrase");
            await tess.Field("Current passphrase").FillAsync("not quite my passphrase");
            await tess.Field("New passphrase").FillAsync("copper kettle meadow lantern");
            await tess.FollowAsync(tess.Button("Change passphrase"));
        });
        await StepAsync("export, mistyped", async () =>
        {
            await tess.GoToAsync("/account/export");
            await tess.Field("Your passphrase").FillAsync("not quite my passphrase");
            await tess.FollowAsync(tess.Button("Download everything of mine"));
        });

        // Someone not signed in: a mistyped sign-in, the error pages; then a form without its token (400)
        // and a signed-in account's writes beyond its allowance (429), both the kind status page.
        await StepAsync("sign in, mistyped", async () =>
        {
            await vic.GoToAsync("/signin");
            await vic.Field("Username").FillAsync(tess.Username);
            await vic.Field("Passphrase").FillAsync("not quite my passphrase");
            await vic.FollowAsync(vic.Button("Sign in"));
        });
        await StepAsync("not found", () => vic.GoToAsync("/no-such-page", expectedStatus: 404));
        await StepAsync("not found", () => tess.GoToAsync($"/circles/{Guid.NewGuid()}", expectedStatus: 404));
        await StepAsync("too many", () => SendTooManyFormsAsync(vic));

        // Leaving: the demo, signing out, deleting an account.
        await StepAsync("demo", async () =>
        {
            await uma.GoToAsync("/circles/demo");
            await uma.StartDemoAsync();
        });
        await StepAsync("sign out", async () =>
        {
            await tess.GoToAsync("/signout");
            await tess.FollowAsync(tess.Button("Sign out now"));
        });
        await StepAsync("goodbye", async () =>
        {
            await uma.GoToAsync("/account/delete");
            await uma.Field("Your passphrase").FillAsync(Person.Passphrase);
            await uma.FollowAsync(uma.Button("Delete my account and everything of mine"));
        });

        var errors = await HtmlValidator.ValidateAsync(_served.All);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checked {_served.All.Count} documents at {_served.Paths.Count} addresses: {errors.Count} error(s)."));
        Assert.True(errors.Count == 0, string.Create(CultureInfo.InvariantCulture,
            $"The Nu HTML Checker found {errors.Count} error(s) in {_served.All.Count} pages:\n{string.Join('\n', errors)}"));
        // The flow reached what it says it walks (a step that silently stopped early would shrink this).
        Assert.True(_served.Paths.Count >= 50 && _served.All.Count >= 100, string.Create(CultureInfo.InvariantCulture,
            $"Only {_served.All.Count} documents at {_served.Paths.Count} addresses: {string.Join(", ", _served.Paths)}"));
    }

    private async Task StepAsync(string step, Func<Task> act)
    {
        _served.Step = step;
        await act();
    }

    private async Task<T> StepAsync<T>(string step, Func<Task<T>> act)
    {
        _served.Step = step;
        return await act();
    }

    /// <summary>
    /// Forms posted without their token are refused (400, "That form had expired"), yet count towards the
    /// account's allowance of writes, until it pauses them (429, "Let's take a short break").
    /// </summary>
    private async Task SendTooManyFormsAsync(Person someone)
    {
        await someone.SignUpAsync("vic");
        var request = someone.Page.Context.APIRequest;
        var url = new Uri(app.BaseAddress, "/circles/new").ToString();
        var seen = new HashSet<int>();
        for (var i = 0; i < 400 && !seen.Contains(429); i++)
        {
            var response = await request.PostAsync(url, new() { Form = request.CreateFormData().Set("Name", "Ours").Set("DisplayName", "Vic"), MaxRedirects = 0 });
            if (seen.Add(response.Status))
            {
                await _served.AddAsync("POST", response);
            }
        }

        Assert.Contains(400, seen);
        Assert.Contains(429, seen);
    }

    private static Dictionary<string, int> Scores(int score) =>
        SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, _ => score);
}
