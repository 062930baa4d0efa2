using System.Net;
using System.Text;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.AgreementIntents;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Issue 7, hostile input: requests no browser of ours would send. A tampered sign-in cookie leads to
/// the sign-in page; a tampered form is refused with a kind page (400, 404, or the form again with a
/// word); nothing of it changes anything, and nothing answers with a 500.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class TamperedRequestTests(SharedApps apps)
{
    private const string SignIn = "/signin";

    [Theory, Providers]
    public async Task A_garbage_truncated_altered_or_foreign_sign_in_cookie_leads_to_sign_in(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var owner = await app.SignUpAsync();
        var id = await owner.CreateCircleAsync("Our own", "Alder");
        var genuine = CookieValue(owner, "samepage");
        await using var otherInstance = new AppFactory(DatabaseProvider.Sqlite);
        using var elsewhere = await otherInstance.SignUpAsync();

        string[] cookies =
        [
            "garbage",
            genuine[..(genuine.Length / 2)],
            genuine[..^1] + (genuine[^1] == 'A' ? 'B' : 'A'),
            CookieValue(elsewhere, "samepage"),
            "chunks-2",
            "chunks-99999999999",
            "CfDJ8" + new string('A', 6000),
            "%00%FF%ED%A0%80",
        ];

        foreach (var cookie in cookies)
        {
            using var intruder = app.NewPerson();
            foreach (var path in new[] { "/circles", Paths.Circle(id), Paths.Agreement(id) })
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.TryAddWithoutValidation("Cookie", $"samepage={cookie}");
                var page = await intruder.SendRawAsync(request);
                Assert.True(page.Status == HttpStatusCode.Redirect && page.Location!.Contains(SignIn, StringComparison.Ordinal),
                    $"With samepage={cookie[..Math.Min(40, cookie.Length)]}…, {page}");
                Assert.DoesNotContain("Our own", page.Body, StringComparison.Ordinal);
            }
        }

        // The genuine cookie still works.
        Assert.Equal("Our own", (await owner.GetAsync(Paths.Circle(id))).Find("h1")!.TextContent.Trim());
    }

    [Theory, Providers]
    public async Task A_form_with_a_missing_foreign_duplicated_or_mismatched_antiforgery_token_gets_the_friendly_400(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var someoneElse = await app.SignUpAsync();
        await using var otherInstance = new AppFactory(DatabaseProvider.Sqlite);
        using var elsewhere = await otherInstance.SignUpAsync();
        var own = await person.AntiforgeryTokenAsync();
        var foreign = await elsewhere.AntiforgeryTokenAsync();
        var theirs = await someoneElse.AntiforgeryTokenAsync();
        (string, string)[] circle = [("Name", "Tampered"), ("DisplayName", "Alder")];

        var refused = new List<WebPage>
        {
            await person.PostWithoutTokenAsync("/circles/new", circle),
            await person.PostWithoutTokenAsync("/circles/new", [.. circle, (Person.TokenField, foreign)]),
            await person.PostWithoutTokenAsync("/circles/new", [.. circle, (Person.TokenField, theirs)]),
            await person.PostWithoutTokenAsync("/circles/new", [.. circle, (Person.TokenField, theirs), (Person.TokenField, own)]),
            await person.PostWithoutTokenAsync("/circles/new", [.. circle, (Person.TokenField, own[..(own.Length / 2)])]),
        };

        // The token is right but the cookie it pairs with is not: garbage, or the other instance's.
        foreach (var formCookie in new[] { "garbage", CookieValue(elsewhere, "samepage-form") })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/circles/new")
            {
                Content = new FormUrlEncodedContent([.. circle.Select(f => KeyValuePair.Create(f.Item1, f.Item2)), KeyValuePair.Create(Person.TokenField, own)]),
            };
            using var stranger = app.NewPerson();
            request.Headers.TryAddWithoutValidation("Cookie", $"samepage={CookieValue(person, "samepage")}; samepage-form={formCookie}");
            refused.Add(await stranger.SendRawAsync(request));
        }

        foreach (var page in refused)
        {
            Assert.True(page.Status == HttpStatusCode.BadRequest, $"{page}");
            Assert.Equal("That form had expired", page.Find("h1")?.TextContent.Trim());
        }

        Assert.Empty((await person.GetAsync("/circles")).FindAll("ul.compared > li"));
    }

    [Theory, Providers]
    public async Task Ids_of_another_circle_in_a_form_or_an_address_change_nothing_there(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var theirs = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        using var ours = await CircleSetup.CreateAsync(app, "Cedar", "Dogwood");
        var (x, y, a, c) = (theirs.Circle, ours.Circle, theirs[0], ours[0]);
        var first = await a.AddClauseAsync(x, "We say when we'll be late.");
        await a.AddClauseAsync(x, "We keep Sundays for us.");
        Assert.Equal(HttpStatusCode.Redirect, (await a.AddBehaviourAsync(x, "Dancing with someone else", TestCatalogue.Categories[0].Id)).Status);
        var behaviourForm = (await a.GetAsync(Paths.Behaviours(x))).Find("#custom-behaviours form")!.GetAttribute("action")!;
        var behaviour = Guid.Parse(behaviourForm.Split("behaviour=")[1].Split('&')[0]);
        var concern = await a.RaiseConcernAsync(x, "You were late again.", [2]);
        await c.AddClauseAsync(y, "Our own clause.");

        var answers = new List<WebPage>
        {
            await c.PostFormAsync(Paths.NewConcern(y), ConcernIntents.ConcernFields("About their clause", clause: first)),
            await c.PostFormAsync($"{Paths.Agreement(y)}?handler=Move&clause={first}&up=false"),
            await c.PostFormAsync($"{Paths.Behaviours(y)}?handler=Remove&behaviour={behaviour}"),
            await c.PostFormAsync(Paths.SelfCheck(y), ConcernIntents.SelfCheckFields([$"custom-{behaviour:N}"], "Dancing", "DidntRealise")),
            await c.GetAsync(Paths.Suggestion(y, 1, $"custom-{behaviour:N}")),
            await c.PostFormAsync(Paths.Suggestion(y, 1, $"custom-{behaviour:N}"), ClauseFields("Borrowed from their comparison")),
            await c.GetAsync(Paths.Clause(y, first)),
            await c.PostFormAsync(Paths.Clause(y, first), [("Version", "1"), .. ClauseFields("Rewritten by someone else")]),
            await c.GetAsync(Paths.Concern(y, concern)),
            await c.PostFormAsync(Paths.ReplyToConcern(y, concern), ("Reply", "Not yours to answer")),
            await c.PostFormAsync(Paths.EditConcern(y, concern), ("Version", "1"), ("Form.Noticed", "Rewritten")),
        };

        AssertNoFailures(answers);
        Assert.All(answers.Where(p => p.Status == HttpStatusCode.OK), p => Assert.DoesNotContain("We say when we'll be late.", p.Body, StringComparison.Ordinal));
        Assert.Equal(["We say when we'll be late.", "We keep Sundays for us."], await a.DraftTextsAsync(x));
        Assert.Equal(["Dancing with someone else"], await a.CustomLabelsAsync(x));
        var theirConcern = await a.GetAsync(Paths.Concern(x, concern));
        Assert.Equal("You were late again.", theirConcern.Find("[data-field=noticed]")!.TextContent);
        Assert.Empty(theirConcern.Replies());
        Assert.Equal(["Our own clause."], await c.DraftTextsAsync(y));
    }

    [Theory, Providers]
    public async Task Out_of_range_choices_and_duplicated_fields_are_refused_kindly(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (id, a, b) = (circle.Circle, circle[0], circle[1]);
        var behaviour = TestCatalogue.Catalogue.InCategory(TestCatalogue.Categories[0].Id).First().Id;
        var clause = await a.AddClauseAsync(id, "We say when we'll be late.");
        var concern = await a.RaiseConcernAsync(id, "You were late again.", [2]);
        var checkIn = await a.StartCheckInAsync(id);
        var answer = Paths.Answer(id, 1, TestCatalogue.Categories[0].Id);

        (string Url, (string, string)[] Fields)[] posts =
        [
            (answer, [($"Answers[{behaviour}]", "42"), ("go", "save")]),
            (answer, [($"Answers[{behaviour}]", "-1"), ("go", "elsewhere")]),
            (answer, [($"Answers[{behaviour}]", "Banana"), ($"Answers[{behaviour}]", "Fine"), ("Answers[no-such-behaviour]", "Fine")]),
            (answer, [($"Guesses[{behaviour}~99]", "Fine"), ($"Guesses[{behaviour}~-1]", "42"), ("Guesses[~]", "x")]),
            (Paths.Agreement(id), [("Form.Text", "Text"), ("Form.Expectation", "99"), ("Form.For", "0"), ("Form.For", "99"), ("Form.Category", "../../etc/passwd")]),
            (Paths.Agreement(id), [("Form.Text", "One"), ("Form.Text", "Two"), ("Form.Expectation", "NotAnExpectation"), ("Form.For", "-2147483649")]),
            (Paths.Clause(id, clause), [("Version", "abc"), ("Version", "1"), .. ClauseFields("Changed", (Expectation)99)]),
            ($"{Paths.Agreement(id)}?handler=Propose", [("revision", "-1")]),
            ($"{Paths.Agreement(id)}?handler=Propose", [("revision", "99999999999")]),
            ($"{Paths.Agreement(id)}?handler=Move&clause={Guid.Empty}&up=maybe", []),
            ($"{Paths.Suggestion(id, 1, behaviour)}?first=99&second=Banana&back=elsewhere", [("Form.Text", "Text"), ("Form.Expectation", "99"), ("Form.For", "1")]),
            ($"{Paths.Suggestion(id, 99999999, "not-a-behaviour")}", [("Form.Text", "Text"), ("Form.Expectation", "Banana"), ("Form.Expectation", "NotOk")]),
            (Paths.CheckIn(id, checkIn), [("Scores[secure]", "7"), ("Scores[heard]", "-1"), ("Scores[close]", "99999999999"), ("Scores[close]", "3"), ("Scores[nope]", "2"), ($"Feelings[{clause}]", "Banana"), ($"Feelings[{Guid.NewGuid()}]", "StillFits"), ("go", "submit")]),
            (Paths.CheckInCadence(id), [("Cadence", "Hourly")]),
            (Paths.CheckInCadence(id), [("Cadence", "99"), ("Cadence", "Weekly")]),
            ($"{Paths.Version(id, 1)}?handler=Review", [("reviewOn", "9999-99-99")]),
            ($"{Paths.Version(id, 1)}?handler=Sign", [("hash", "junk"), ("passphrase", a.Passphrase)]),
            (Paths.ConcernOutcome(id, concern), [("Outcome", "42")]),
            (Paths.ConcernOutcome(id, concern), [("Outcome", "Banana"), ("Outcome", "Resolved")]),
            (Paths.ReplyToConcern(id, concern), [("Reply", "First"), ("Reply", "Second")]),
            (Paths.SelfCheck(id), [("Behaviours", "custom-00000000000000000000000000000000"), ("Doing", "x"), ("Reason", "9"), ("Why", "y")]),
            (Paths.SelfCheck(id), [("Behaviours", behaviour), ("Doing", "x"), ("Reason", "Banana"), ("Reason", "SeekingAttention")]),
            (Paths.Journal(id, 1), [("Answers[not-a-prompt]", "x"), ("Share", "not-a-prompt"), ("Bases[past-betrayals]", "junk"), ("SharingOffered", "maybe")]),
            ("/circles/new", [("Name", "One"), ("Name", "Two"), ("DisplayName", "Alder"), ("DisplayName", "Birch")]),
        ];

        var answers = new List<WebPage>();
        foreach (var (url, fields) in posts)
        {
            answers.Add(await a.PostFormAsync(url, fields));
        }

        answers.Add(await b.PostFormAsync(Paths.ShareConcern(id, concern), ("Version", "abc"), ("Roster", "junk"), ("For", "99")));
        answers.Add(await a.PostFormAsync(Paths.ShareConcern(id, concern), ("Version", "1"), ("Roster", "junk"), ("For", "99"), ("For", "-1")));
        AssertNoFailures(answers);

        // No clause came from a form naming nobody in the circle; the concern is as it was.
        var draft = await a.DraftTextsAsync(id);
        Assert.DoesNotContain("Text", draft);
        Assert.DoesNotContain("One", draft);
        Assert.DoesNotContain("Two", draft);
        var shared = await b.GetAsync(Paths.Concern(id, concern));
        Assert.Equal(HttpStatusCode.OK, shared.Status);
        Assert.Equal("You were late again.", shared.Find("[data-field=noticed]")!.TextContent);
    }

    [Fact]
    public async Task A_post_that_is_not_a_readable_form_is_refused_cleanly()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        var token = await person.AntiforgeryTokenAsync();
        var form = $"Name=Sent+oddly&DisplayName=Alder&{Person.TokenField}={Uri.EscapeDataString(token)}";
        (string? ContentType, string Body)[] bodies =
        [
            ("application/json", "{\"Name\":\"Sent oddly\",\"DisplayName\":\"Alder\"}"),
            ("text/plain", form),
            ("application/xml", "<circle><Name>Sent oddly</Name></circle>"),
            (null, form),
            ("multipart/form-data", form),
            ("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"Name\"\r\n\r\nSent oddly"),
            ("application/x-www-form-urlencoded; charset=utf-7", form),
            ("application/x-www-form-urlencoded; charset=\"", form),
        ];

        var answers = new List<WebPage>();
        foreach (var (contentType, body) in bodies)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            var page = await person.SendRawAsync(new HttpRequestMessage(HttpMethod.Post, "/circles/new") { Content = content });
            Assert.True(page.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{contentType}: {page}: {page.Text}");
            answers.Add(page);
        }

        AssertNoFailures(answers);
        Assert.Empty((await person.GetAsync("/circles")).FindAll("ul.compared > li"));
    }

    /// <summary>Every answer is below 500 and, when it is a page, a whole page with a heading.</summary>
    private static void AssertNoFailures(IEnumerable<WebPage> answers)
    {
        var failures = answers.Where(p => (int)p.Status >= 500 || (p.IsHtml && p.Find("h1") is null)).ToList();
        Assert.True(failures.Count == 0, "Failed: " + string.Join("\n", failures.Select(f => $"{f}: {f.Text[..Math.Min(300, f.Text.Length)]}")));
    }

    private static string CookieValue(Person person, string name) =>
        person.Cookies.GetAllCookies().FirstOrDefault(c => c.Name == name)?.Value
        ?? throw new InvalidOperationException($"No {name} cookie.");
}
