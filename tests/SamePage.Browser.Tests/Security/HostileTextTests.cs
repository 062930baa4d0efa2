using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Security;

/// <summary>
/// Issue 7, hostile input in a real browser: one partner types the <see cref="XssCorpus"/> into every
/// free-text field they can fill, and the other partner (or, for what is private, the author) opens
/// every page that shows it, and the copies they can download. Nothing may run, load or be refused by
/// the CSP (<see cref="ScriptAlarm"/>), no live markup may appear, and the text must read as typed.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class HostileTextTests(BrowserFixture app)
{
    [Fact]
    public void The_corpus_carries_every_vector_the_issue_names()
    {
        foreach (var (vector, sample) in XssCorpus.Vectors)
        {
            Assert.True(XssCorpus.All.Any(t => t.Contains(sample, StringComparison.Ordinal)), $"No payload carries {vector}.");
        }
    }

    [Fact]
    public async Task The_alarm_hears_a_payload_that_runs_and_one_the_csp_refuses()
    {
        var context = await app.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var alarm = await ScriptAlarm.WatchAsync("a test page", page);
            await page.RouteAsync("https://open.example/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<p><img src=/x onerror=alert('ran')></p>" }));
            await page.RouteAsync("https://strict.example/**", route => route.FulfillAsync(new()
            {
                ContentType = "text/html",
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "script-src 'self'" },
                Body = "<p><script>alert('refused')</script></p>",
            }));

            await page.GotoAsync("https://open.example/");
            await Expect(page.Locator("img")).ToHaveCountAsync(1);
            await page.GotoAsync("https://strict.example/");
            await page.WaitForTimeoutAsync(200);

            Assert.Contains(alarm.Events, e => e.Contains("alert dialog: ran", StringComparison.Ordinal));
            Assert.Contains(alarm.Events, e => e.Contains("CSP violation: script-src", StringComparison.Ordinal));
            await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => alarm.AssertQuietAsync(page));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Hostile_names_behaviours_journals_and_agreements_stay_text_for_the_other_partner_and_in_every_copy()
    {
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app);
        var alexAlarm = await ScriptAlarm.WatchAsync("Alex", alex.Page);
        var beaAlarm = await ScriptAlarm.WatchAsync("Bea", bea.Page);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync(XssCorpus.CircleName, XssCorpus.FirstName);
        var invite = await alex.InviteAsync();
        await bea.SignUpAsync("bea");
        await bea.JoinAsync(invite, XssCorpus.SecondName);
        await ShowsAsync(alex, alexAlarm, alex.CirclePath, XssCorpus.CircleName, XssCorpus.FirstName, XssCorpus.SecondName);
        Assert.Contains(XssCorpus.CircleName, await alex.Page.TitleAsync(), StringComparison.Ordinal);

        // A behaviour of their own, which Bea is then asked about.
        await alex.GoToAsync(alex.CirclePath + "/behaviours");
        await alex.Field("The behaviour").FillAsync(XssCorpus.BehaviourLabel);
        await alex.Page.Locator("#category").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await alex.Field("Clarification (optional)").FillAsync(XssCorpus.Clarification);
        await alex.FollowAsync(alex.Button("Add for everyone"));
        await ShowsAsync(bea, beaAlarm, alex.CirclePath + "/behaviours", XssCorpus.BehaviourLabel, XssCorpus.Clarification);

        await alex.AnswerAllAsync(_ => Stance.AskFirst);
        await alex.SubmitAsync();
        await bea.AnswerAllAsync(id => id.StartsWith("custom-", StringComparison.Ordinal) ? Stance.Betrayal : Stance.Fine);
        await beaAlarm.AssertQuietAsync(bea.Page);
        await bea.SubmitAsync();
        Assert.EndsWith("/comparison", bea.Path, StringComparison.Ordinal);
        await ShowsAsync(bea, beaAlarm, bea.Path, XssCorpus.BehaviourLabel, XssCorpus.FirstName);

        // Alex's journal: all three answers, one shared; the boxes give back exactly what was typed.
        await alex.GoToAsync(bea.RoundPath + "/journal");
        await alex.WriteJournalAsync(new Dictionary<string, string>
        {
            [JournalWords.PastBetrayals] = XssCorpus.Writing,
            [JournalWords.FeelingSecure] = XssCorpus.Writing + "\nShared.",
            [JournalWords.WantYouToKnow] = XssCorpus.Clarification,
        });
        await alex.ShareAnswerAsync(JournalWords.FeelingSecureTitle);
        await Expect(alex.Field(JournalWords.PastBetrayals)).ToHaveValueAsync(XssCorpus.Writing);
        await Expect(alex.Field(JournalWords.WantYouToKnow)).ToHaveValueAsync(XssCorpus.Clarification);
        await alexAlarm.AssertQuietAsync(alex.Page);
        await ShowsAsync(bea, beaAlarm, bea.RoundPath + "/reflections", XssCorpus.Writing + "\nShared.", XssCorpus.FirstName);

        // A clause with notes, proposed and signed by both.
        await alex.OpenAgreementAsync();
        await alex.Field("The clause").FillAsync(XssCorpus.ClauseText);
        await alex.Field("Notes (optional)").FillAsync(XssCorpus.ClauseNotes);
        await alex.FollowAsync(alex.Button("Add to the draft"));
        await alex.ProposeDraftAsync();
        await alex.SignThisVersionAsync();
        var version = alex.Path;
        await ShowsAsync(bea, beaAlarm, alex.AgreementPath, XssCorpus.ClauseText);
        await ShowsAsync(bea, beaAlarm, version, XssCorpus.ClauseText, XssCorpus.ClauseNotes, XssCorpus.FirstName);
        await bea.SignThisVersionAsync();
        await bea.Field("Change the review date").FillAsync(DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await bea.FollowAsync(bea.Button("Save the review date"));
        await ShowsAsync(bea, beaAlarm, version, XssCorpus.ClauseText, XssCorpus.SecondName);

        // Every copy Bea can take away.
        await ShowsAsync(bea, beaAlarm, version + "/print", XssCorpus.ClauseText, XssCorpus.ClauseNotes, XssCorpus.FirstName, XssCorpus.SecondName);
        await AssertMarkdownStaysTextAsync(bea, version + "/export/md", XssCorpus.ClauseText, XssCorpus.ClauseNotes);
        AssertPdfHasNoActions(await DownloadAsync(bea, version + "/export/pdf"));
        AssertQuotesNothing(Encoding.UTF8.GetString(await DownloadAsync(bea, version + "/export/ics")));

        // Amended: the word-by-word comparison interleaves the two hostile wordings.
        await alex.OpenAgreementAsync();
        await alex.FollowAsync(alex.Button("Start a review"));
        await alex.FollowAsync(alex.Main.Locator("ol.draft-clauses a.button").First);
        await alex.RewordClauseAsync(XssCorpus.ClauseTextAmended);
        await alex.ProposeDraftAsync();
        await ShowsAsync(bea, beaAlarm, alex.AgreementPath + "/compare?from=1&to=2");
        await Expect(bea.Main.Locator("li.clause-diff del").First).ToBeVisibleAsync();
        await Expect(bea.Main.Locator("li.clause-diff ins").First).ToBeVisibleAsync();

        alexAlarm.AssertQuiet();
        beaAlarm.AssertQuiet();
    }

    [Fact]
    public async Task Hostile_check_ins_concerns_replies_and_self_checks_stay_text_for_whoever_reads_them()
    {
        await using var sky = await Person.OpenAsync(app);
        await using var ren = await Person.OpenAsync(app, viewport: BrowserFixture.Phone);
        var skyAlarm = await ScriptAlarm.WatchAsync("Sky", sky.Page);
        var renAlarm = await ScriptAlarm.WatchAsync("Ren", ren.Page);
        await sky.SignUpAsync("sky");
        await sky.CreateCircleAsync(XssCorpus.CircleName, XssCorpus.SecondName);
        var invite = await sky.InviteAsync();
        await ren.SignUpAsync("ren");
        await ren.JoinAsync(invite, XssCorpus.FirstName);
        await AgreementSetup.CreateSignedVersionAsync(app, sky, [sky, ren], AgreementSetup.Clause(XssCorpus.ClauseText, Expectation.TellMe, notes: XssCorpus.ClauseNotes));

        // A check-in: both write; each reads the other's words.
        var scores = CheckInItems.All.ToDictionary(i => i, _ => 4);
        foreach (var (person, appreciation) in new[] { (sky, XssCorpus.Writing), (ren, XssCorpus.Clarification) })
        {
            if (person == sky)
            {
                await sky.StartCheckInFromHomeAsync();
            }
            else
            {
                await ren.OpenCheckInFromHomeAsync(1);
            }

            await person.AnswerCheckInAsync(scores, appreciation: appreciation, topics: XssCorpus.Topic);
            foreach (var clause in await person.Page.Locator("fieldset.clause-feeling").AllAsync())
            {
                await clause.GetByLabel("Still fits", new() { Exact = true }).CheckAsync();
            }

            await person.SubmitCheckInAsync();
        }

        var checkIn = ren.Path;
        await ShowsAsync(ren, renAlarm, checkIn, XssCorpus.Writing, XssCorpus.Topic, XssCorpus.SecondName);
        await ShowsAsync(sky, skyAlarm, checkIn, XssCorpus.Clarification, XssCorpus.FirstName);
        await ShowsAsync(sky, skyAlarm, sky.CirclePath + "/check-ins/trends", XssCorpus.FirstName);
        AssertQuotesNothing(Encoding.UTF8.GetString(await DownloadAsync(sky, sky.CirclePath + "/check-ins/calendar")));

        // A concern about the clause, shared with Ren, who replies.
        await sky.OpenConcernsAsync();
        await sky.FollowAsync(sky.Link(ConcernWords.RaiseAConcern));
        await sky.Field(ConcernWords.Noticed).FillAsync(XssCorpus.Writing);
        await sky.Field(ConcernWords.Felt).FillAsync(XssCorpus.Clarification);
        await sky.Field(ConcernWords.Need).FillAsync(XssCorpus.Topic);
        await sky.Page.Locator("#field-clause").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await sky.FollowAsync(sky.Button(ConcernWords.SaveDraft));
        await skyAlarm.AssertQuietAsync(sky.Page);
        await sky.ShareConcernWithAsync(XssCorpus.FirstName);
        var concern = sky.Path;
        await ShowsAsync(ren, renAlarm, concern, XssCorpus.Writing, XssCorpus.Clarification, XssCorpus.Topic, XssCorpus.ClauseText, XssCorpus.SecondName);
        await ren.ReplyAsync(ConcernWords.YourReply, XssCorpus.Writing + "\nReply.");
        await ShowsAsync(sky, skyAlarm, concern, XssCorpus.Writing + "\nReply.", XssCorpus.FirstName);
        await ShowsAsync(ren, renAlarm, sky.CirclePath + "/concerns", XssCorpus.SecondName);

        // Ren's private self-check, read back by Ren, then turned into a private draft.
        await ren.OpenCircleAsync();
        await ren.FollowAsync(ren.Page.Locator("#repair-links").GetByRole(AriaRole.Link, new() { Name = ConcernWords.SelfCheck, Exact = true }));
        var group = ren.Page.Locator("details.behaviour-group").First;
        await group.Locator("summary").ClickAsync();
        await group.GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await ren.Field("In your own words (optional)").FillAsync(XssCorpus.Writing);
        await ren.Page.GetByRole(AriaRole.Radio, new() { Name = "I've been looking elsewhere for attention I wish I got from my partner", Exact = true }).CheckAsync();
        await ren.Field("More about why (optional)").FillAsync(XssCorpus.Clarification);
        await ren.FollowAsync(ren.Button("Save and see next steps"));
        await ShowsAsync(ren, renAlarm, ren.Path, XssCorpus.Writing, XssCorpus.Clarification);
        await ren.FollowAsync(ren.Button("Start a private draft from this"));
        await Expect(ren.Field(ConcernWords.Noticed)).ToHaveValueAsync(new Regex(Regex.Escape(XssCorpus.Writing)));
        await renAlarm.AssertQuietAsync(ren.Page);

        skyAlarm.AssertQuiet();
        renAlarm.AssertQuiet();
    }

    /// <summary>
    /// Opens a page as this person: it must be quiet and free of live markup (checked first, so an
    /// injection is reported as such), read each text as typed, and pass the usual page checks.
    /// </summary>
    private async Task ShowsAsync(Person person, ScriptAlarm alarm, string path, params string[] texts)
    {
        var response = await person.Page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
        Assert.True(response?.Ok == true, $"GET {path} answered {response?.Status}");
        await person.Page.WaitForLoadStateAsync(LoadState.Load);
        await alarm.AssertQuietAsync(person.Page);
        foreach (var text in texts)
        {
            await Expect(person.Page.Locator("body")).ToContainTextAsync(text);
        }

        await person.CheckPageAsync();
    }

    /// <summary>A file as this person's browser downloads it (their cookies).</summary>
    private async Task<byte[]> DownloadAsync(Person person, string path)
    {
        var response = await person.Page.APIRequest.GetAsync(new Uri(app.BaseAddress, path).ToString());
        Assert.True(response.Ok, $"GET {path} answered {response.Status}");
        return await response.BodyAsync();
    }

    /// <summary>
    /// The Markdown copy, opened as a Markdown viewer would: rendered by a CommonMark renderer that lets
    /// raw HTML and any link through, on a page without SamePage's CSP. Nothing may run or be live, and
    /// every line typed must read as typed.
    /// </summary>
    private async Task AssertMarkdownStaysTextAsync(Person person, string path, params string[] texts)
    {
        var markdown = Encoding.UTF8.GetString(await DownloadAsync(person, path));
        var html = Markdig.Markdown.ToHtml(markdown);
        var context = await app.NewContextAsync();
        try
        {
            var viewer = await context.NewPageAsync();
            var alarm = await ScriptAlarm.WatchAsync("a Markdown viewer", viewer);
            await viewer.RouteAsync("https://markdown.example/**", route => route.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = $"<!doctype html><title>md</title><body>{html}</body>" }));
            await viewer.GotoAsync("https://markdown.example/agreement.md");
            await viewer.WaitForTimeoutAsync(200);
            foreach (var line in texts.SelectMany(t => t.Split('\n')))
            {
                await Expect(viewer.Locator("body")).ToContainTextAsync(line.Trim());
            }

            await alarm.AssertQuietAsync(viewer);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static void AssertPdfHasNoActions(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        foreach (var action in new[] { "/JavaScript", "/JS", "/Launch", "/SubmitForm", "/URI", "/OpenAction", "/AA" })
        {
            Assert.DoesNotContain(action, text, StringComparison.Ordinal);
        }
    }

    /// <summary>A calendar file names nobody and quotes nothing (ARCHITECTURE), so no payload or fragment of one may be in it.</summary>
    private static void AssertQuotesNothing(string ics)
    {
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        foreach (var marker in XssCorpus.Markers)
        {
            Assert.DoesNotContain(marker, ics, StringComparison.OrdinalIgnoreCase);
        }
    }
}
