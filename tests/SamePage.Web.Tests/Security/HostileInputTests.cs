using System.Net;
using SamePage.Core.CheckIns;
using SamePage.Core.Concerns;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.AgreementIntents;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Issue 7, hostile input: text that looks like SQL is kept and shown back exactly as typed; bytes that
/// are not text (NUL, lone surrogates) and a megabyte in one field are tidied or refused with a kind
/// word. Nothing of it ever answers with a 500.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class HostileInputTests(SharedApps apps)
{
    private const string DropAccounts = "'; DROP TABLE \"AspNetUsers\";--";
    private const string AlwaysTrue = "\" OR 1=1 --";
    private const string Wildcard = "%' --";

    private static readonly string[] SqlLike =
    [
        DropAccounts,
        AlwaysTrue,
        Wildcard,
        "Robert'); DELETE FROM \"Circles\" WHERE ''='",
        "1; SELECT pg_sleep(10); --",
        "\\'; UPDATE \"AspNetUsers\" SET \"PasswordHash\" = NULL; /*",
        "_%_ ESCAPE '\\' $$ E'\\x00' ;; `",
    ];

    /// <summary>Every SQL-ish line in one text, for the fields that take paragraphs.</summary>
    private static readonly string AllSqlLike = string.Join("\n", SqlLike);

    private static readonly string Offered = TestCatalogue.Behaviours.First(b => !b.Autonomy).Id;

    [Theory, Providers]
    public async Task Sql_like_text_is_kept_and_shown_back_verbatim_in_every_free_text_field(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var a = await app.SignUpAsync();
        using var b = await app.SignUpAsync();
        var id = await a.CreateCircleAsync(DropAccounts, AlwaysTrue);
        await b.JoinCircleAsync(id, await a.InviteAsync(id), Wildcard);

        // The circle's name and both display names, on the other partner's home page.
        var home = await b.GetAsync(Paths.Circle(id));
        Assert.Equal(DropAccounts, home.Find("h1")!.TextContent.Trim());
        var members = home.FindAll("#members li").Select(li => li.TextContent).ToList();
        Assert.Contains(members, m => m.Contains(AlwaysTrue, StringComparison.Ordinal));
        Assert.Contains(members, m => m.Contains(Wildcard, StringComparison.Ordinal));

        foreach (var person in new[] { a, b })
        {
            await person.AnswerAllAsync(id, 1, Stance.Fine);
            Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync(id, 1)).Status);
        }

        // A custom behaviour.
        var label = string.Join(' ', SqlLike[..3]);
        var added = await a.AddBehaviourAsync(id, label, TestCatalogue.Categories[0].Id, SqlLike[3]);
        Assert.True(added.Status == HttpStatusCode.Redirect, $"Adding a behaviour answered {added}: {added.Text}");
        Assert.Contains(label, await b.CustomLabelsAsync(id));
        Assert.Contains(SqlLike[3], (await b.GetAsync(Paths.Behaviours(id))).FindAll("#custom-behaviours > li p.hint").Select(e => e.TextContent));

        // The journal, private and shared.
        Assert.Equal(HttpStatusCode.Redirect, (await a.WriteJournalAsync(id, 1,
            (ReflectionPrompts.PastBetrayals, DropAccounts), (ReflectionPrompts.FeelingSecure, AllSqlLike), (ReflectionPrompts.WantYouToKnow, Wildcard))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await a.ShareReflectionAsync(id, 1, ReflectionPrompts.FeelingSecure)).Status);
        var journal = await a.OpenJournalAsync(id, 1);
        Assert.Equal(DropAccounts, journal.Answers[ReflectionPrompts.PastBetrayals]);
        Assert.Equal(AllSqlLike, journal.Answers[ReflectionPrompts.FeelingSecure]);
        Assert.Equal(Wildcard, journal.Answers[ReflectionPrompts.WantYouToKnow]);
        var shared = await b.GetAsync(Paths.Reflections(id, 1));
        Assert.Equal([AllSqlLike], shared.FindAll("ul.reflections .reflection-text").Select(e => e.TextContent));

        // A clause with notes, proposed and signed by both: the signatures carry the display names.
        var clause = await a.AddClauseAsync(id, ClauseFields(AllSqlLike, notes: AlwaysTrue));
        Assert.True(clause.Status == HttpStatusCode.Redirect, $"Adding a clause answered {clause}: {clause.Text}");
        Assert.Equal([AllSqlLike], await b.DraftTextsAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await a.ProposeAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await a.SignAsync(id, 1)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SignAsync(id, 1)).Status);
        var version = await b.GetAsync(Paths.Version(id, 1));
        Assert.Equal(AllSqlLike, version.Find("li[data-clause] .clause-text")!.TextContent);
        Assert.Equal(AlwaysTrue, version.Find("li[data-clause] .clause-notes")!.TextContent);
        Assert.Contains(AlwaysTrue, version.Find("#signatures")!.TextContent, StringComparison.Ordinal);
        var clauseId = Guid.Parse(version.Find("li[data-clause]")!.GetAttribute("data-clause")!);

        // A check-in's appreciation and topics.
        var number = await a.StartCheckInAsync(id);
        await a.CheckInAsync(id, number, [.. Scores(4), Feeling(clauseId, ClauseFeeling.StillFits), Appreciation(AllSqlLike), Topics($"{DropAccounts}\n{Wildcard}")]);
        await b.CheckInAsync(id, number, [.. Scores(5), Feeling(clauseId, ClauseFeeling.StillFits), Appreciation(AlwaysTrue), Topics(SqlLike[4])]);
        var results = await b.GetAsync(Paths.CheckIn(id, number));
        Assert.Equal(HttpStatusCode.OK, results.Status);
        Assert.Equal(
            new[] { DropAccounts, Wildcard, SqlLike[4] }.Order(StringComparer.Ordinal),
            results.FindAll("#agenda-topics .topic-text").Select(e => e.TextContent).Order(StringComparer.Ordinal));
        Assert.Contains(AllSqlLike, results.Find("#agenda-reconnect")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(AlwaysTrue, results.Find("#agenda-reconnect")!.TextContent, StringComparison.Ordinal);

        // A concern and a reply to it.
        var concern = await a.RaiseConcernAsync(id, AllSqlLike, [2], felt: DropAccounts, need: Wildcard);
        var received = await b.GetAsync(Paths.Concern(id, concern));
        Assert.Equal(AllSqlLike, received.Find("[data-field=noticed]")!.TextContent);
        Assert.Equal(DropAccounts, received.Find("[data-field=felt]")!.TextContent);
        Assert.Equal(Wildcard, received.Find("[data-field=need]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await b.ReplyToConcernAsync(id, concern, AllSqlLike)).Status);
        Assert.Equal([AllSqlLike], (await a.GetAsync(Paths.Concern(id, concern))).Replies());

        // A self-check, which only its author reads.
        var check = await b.SelfCheckAsync(id, SelfCheckReason.SeekingAttention, AllSqlLike, DropAccounts, Offered);
        var noted = await b.GetAsync(Paths.SelfCheckResult(id, check));
        Assert.Equal(AllSqlLike, noted.Find("#noted-doing")!.TextContent);
        Assert.Equal(DropAccounts, noted.Find("#noted-why")!.TextContent);

        // The accounts table is still there: both sign in again and find their circle.
        foreach (var person in new[] { a, b })
        {
            await person.SignOutAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync()).Status);
            Assert.Contains(DropAccounts, (await person.GetAsync("/circles")).Text, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task Sql_like_usernames_are_refused_kindly_and_never_sign_anyone_in(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var someone = await app.SignUpAsync();
        string[] usernames =
        [
            .. SqlLike,
            someone.Username + "' --",
            someone.Username + "\" OR 1=1 --",
            someone.Username[..3] + "%",
            "' OR '1'='1",
        ];

        foreach (var username in usernames)
        {
            using var stranger = app.NewPerson();
            var signUp = await stranger.PostFormAsync("/signup", ("Username", username), ("Passphrase", Names.Passphrase()));
            AssertRefusedKindly(signUp, "#username-error");

            foreach (var passphrase in new[] { someone.Passphrase, "' OR ''='" })
            {
                var signIn = await stranger.SignInAsync(username, passphrase);
                AssertRefusedKindly(signIn, "#signin-error");
                Assert.DoesNotContain(signIn.SetCookies, c => c.StartsWith("samepage=", StringComparison.Ordinal));
            }

            var recover = await stranger.PostFormAsync("/recover", ("Username", username), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase()));
            AssertRefusedKindly(recover, "[role=alert]");
            Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/circles")).Status);
        }

        // The real account is untouched.
        await someone.SignOutAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await someone.SignInAsync()).Status);
    }

    [Theory, Providers]
    public async Task A_nul_byte_is_refused_with_the_friendly_400_or_dropped_and_never_reaches_the_database(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var a = await app.SignUpAsync();
        using var b = await app.SignUpAsync();
        var id = await a.CreateCircleAsync("Us", "Alder");
        await b.JoinCircleAsync(id, await a.InviteAsync(id), "Birch");
        using var stranger = app.NewPerson();

        // URL-encoded forms (what browsers send) with a NUL anywhere are refused by the framework's form reader.
        foreach (var (person, url, body) in new[]
        {
            (a, "/circles/new", "Name=Us%00&DisplayName=Alder"),
            (a, Paths.NewConcern(id), "Form.Noticed=before%00after&Form.Felt=&Form.Clause=&Form.Need="),
            (stranger, "/signin", $"Username={a.Username}%00&Passphrase={Uri.EscapeDataString(a.Passphrase)}"),
        })
        {
            var page = await person.PostEncodedFormAsync(url, body);
            Assert.True(page.Status == HttpStatusCode.BadRequest, $"{page}: {page.Text}");
            Assert.Equal("That form had expired", page.Find("h1")?.TextContent.Trim());
        }

        // Multipart forms let it through: sign-in and recovery match nobody (PostgreSQL would refuse the
        // query), names refuse it, and writing drops it.
        var signIn = await stranger.PostMultipartFormAsync("/signin", ("Username", a.Username + "\0"), ("Passphrase", a.Passphrase));
        AssertRefusedKindly(signIn, "#signin-error");
        Assert.DoesNotContain(signIn.SetCookies, c => c.StartsWith("samepage=", StringComparison.Ordinal));
        AssertRefusedKindly(await stranger.PostMultipartFormAsync("/recover", ("Username", a.Username + "\0"), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase())), "[role=alert]");
        AssertRefusedKindly(await a.PostMultipartFormAsync("/circles/new", ("Name", "Us\0"), ("DisplayName", "Alder")), "#name-error");
        AssertRefusedKindly(await a.PostMultipartFormAsync(Paths.Behaviours(id), ("Label", "Late\0calls"), ("Category", TestCatalogue.Categories[0].Id)), "#label-error");
        AssertRefusedKindly(await a.PostMultipartFormAsync(Paths.Agreement(id), ClauseFields("We call\0first")), "#clause-error");

        var draft = await a.PostMultipartFormAsync(Paths.NewConcern(id), ConcernIntents.ConcernFields("before\0after", "felt\0", "\0need"));
        Assert.True(draft.Status == HttpStatusCode.Redirect, $"Saving a concern answered {draft}: {draft.Text}");
        var concern = ConcernIntents.ConcernIn(draft.Location!);
        Assert.Equal(HttpStatusCode.Redirect, (await a.ShareConcernAsync(id, concern, 2)).Status);
        var received = await b.GetAsync(Paths.Concern(id, concern));
        Assert.Equal("beforeafter", received.Find("[data-field=noticed]")?.TextContent);
        Assert.Equal("felt", received.Find("[data-field=felt]")?.TextContent);
        Assert.Equal("need", received.Find("[data-field=need]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await b.PostMultipartFormAsync(Paths.ReplyToConcern(id, concern), ("Reply", "re\0ply"))).Status);
        Assert.Equal(["reply"], (await a.GetAsync(Paths.Concern(id, concern))).Replies());

        var journal = await a.OpenJournalAsync(id, 1);
        journal.Answers[ReflectionPrompts.PastBetrayals] = "jour\0nal";
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostMultipartFormAsync(Paths.Journal(id, 1), [.. journal.Fields()])).Status);
        Assert.Equal("journal", (await a.OpenJournalAsync(id, 1)).Answers[ReflectionPrompts.PastBetrayals]);
    }

    [Theory, Providers]
    public async Task Lone_surrogates_and_bytes_that_are_not_utf8_are_kept_as_the_escapes_that_were_sent_never_an_error(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var a = await app.SignUpAsync();
        using var b = await app.SignUpAsync();
        var id = await a.CreateCircleAsync("Us", "Alder");
        await b.JoinCircleAsync(id, await a.InviteAsync(id), "Birch");

        // A lone high and a lone low surrogate as CESU-8 bytes, an overlong slash, a byte UTF-8 never uses; then an é.
        // The form reader leaves escapes that decode to no character as they came, so the words around them survive.
        const string Undecodable = "%ED%A0%80%ED%B0%80%C0%AF%FF";
        static string Text(string word) => $"{word}{Undecodable}%C3%A9nd";
        static void AssertTidied(string word, string? shown) => Assert.Equal($"{word}{Undecodable}\u00E9nd", shown);

        // Sign-in and recovery match nobody.
        using var stranger = app.NewPerson();
        AssertRefusedKindly(await stranger.PostEncodedFormAsync("/signup", $"Username={Text("name")}&Passphrase={Uri.EscapeDataString(Names.Passphrase())}"), "#username-error");
        AssertRefusedKindly(await stranger.PostEncodedFormAsync("/signin", $"Username={Text("name")}&Passphrase={Uri.EscapeDataString(a.Passphrase)}"), "#signin-error");
        AssertRefusedKindly(await stranger.PostEncodedFormAsync("/recover", $"Username={Text("name")}&Code=ABCDE-FGHJK-MNPQR-STVWX-YZ012&NewPassphrase={Uri.EscapeDataString(Names.Passphrase())}"), "[role=alert]");

        // A name keeps them visibly.
        var circle = await a.PostEncodedFormAsync("/circles/new", $"Name={Text("circle")}&DisplayName={Text("alder")}");
        Assert.True(circle.Status == HttpStatusCode.Redirect, $"Starting a circle answered {circle}: {circle.Text}");
        AssertTidied("circle", (await a.GetAsync(circle.Location!)).Find("h1")?.TextContent.Trim());

        // Writing keeps every word around them.
        var journal = await a.OpenJournalAsync(id, 1);
        var fields = journal.Fields().Where(f => f.Name != $"Answers[{ReflectionPrompts.PastBetrayals}]").Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}");
        var saved = await a.PostEncodedFormAsync(Paths.Journal(id, 1), string.Join('&', [.. fields, $"Answers%5B{ReflectionPrompts.PastBetrayals}%5D={Text("journal")}"]));
        Assert.True(saved.Status == HttpStatusCode.Redirect, $"Saving the journal answered {saved}: {saved.Text}");
        AssertTidied("journal", (await a.OpenJournalAsync(id, 1)).Answers[ReflectionPrompts.PastBetrayals]);

        var draft = await a.PostEncodedFormAsync(Paths.NewConcern(id), $"Form.Noticed={Text("noticed")}&Form.Felt=&Form.Clause=&Form.Need=");
        Assert.True(draft.Status == HttpStatusCode.Redirect, $"Saving a concern answered {draft}: {draft.Text}");
        var concern = ConcernIntents.ConcernIn(draft.Location!);
        Assert.Equal(HttpStatusCode.Redirect, (await a.ShareConcernAsync(id, concern, 2)).Status);
        AssertTidied("noticed", (await b.GetAsync(Paths.Concern(id, concern))).Find("[data-field=noticed]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await b.PostEncodedFormAsync(Paths.ReplyToConcern(id, concern), $"Reply={Text("reply")}")).Status);
        AssertTidied("reply", (await a.GetAsync(Paths.Concern(id, concern))).Replies().SingleOrDefault());

        var number = await a.StartCheckInAsync(id);
        var scores = string.Join('&', Scores(3).Select(s => $"{Uri.EscapeDataString(s.Item1)}={s.Item2}"));
        foreach (var (person, word) in new[] { (a, "thanks"), (b, "cheers") })
        {
            var posted = await person.PostEncodedFormAsync(Paths.CheckIn(id, number), $"{scores}&Appreciation={Text(word)}&Topics={Text(word + "topic")}&go=submit");
            Assert.True(posted.Status == HttpStatusCode.Redirect, $"Checking in answered {posted}: {posted.Text}");
        }

        var results = await b.GetAsync(Paths.CheckIn(id, number));
        Assert.Contains(results.FindAll("#agenda-topics .topic-text"), t => t.TextContent == $"thankstopic{Undecodable}\u00E9nd");
        Assert.Contains($"thanks{Undecodable}\u00E9nd", results.Find("#agenda-reconnect")!.TextContent, StringComparison.Ordinal);

        var selfCheck = await b.PostEncodedFormAsync(Paths.SelfCheck(id), $"Behaviours={Offered}&Doing={Text("doing")}&Reason=SeekingAttention&Why={Text("why")}");
        Assert.True(selfCheck.Status == HttpStatusCode.Redirect, $"Saving a self-check answered {selfCheck}: {selfCheck.Text}");
        var noted = await b.GetAsync(selfCheck.Location!);
        AssertTidied("doing", noted.Find("#noted-doing")?.TextContent);
        AssertTidied("why", noted.Find("#noted-why")?.TextContent);
    }

    [Theory, Providers]
    public async Task A_megabyte_in_any_field_is_refused_kindly_and_nothing_of_it_is_kept(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var a = await app.SignUpAsync();
        using var b = await app.SignUpAsync();
        var id = await a.CreateCircleAsync("Us", "Alder");
        var code = await a.InviteAsync(id);
        var megabyte = string.Concat(Enumerable.Repeat(DropAccounts + " ", (1 << 20) / (DropAccounts.Length + 1) + 1))[..(1 << 20)];
        using var stranger = app.NewPerson();

        var journal = await a.OpenJournalAsync(id, 1);
        journal.Answers[ReflectionPrompts.PastBetrayals] = megabyte;
        var refusals = new (string What, Func<Task<WebPage>> Post, string Error)[]
        {
            ("sign-up", () => stranger.PostFormAsync("/signup", ("Username", megabyte), ("Passphrase", Names.Passphrase())), "#username-error"),
            ("sign-up passphrase", () => stranger.PostFormAsync("/signup", ("Username", Names.Username()), ("Passphrase", megabyte)), "#passphrase-error"),
            ("sign-in", () => stranger.PostFormAsync("/signin", ("Username", megabyte), ("Passphrase", megabyte)), "#signin-error"),
            ("circle name", () => a.PostFormAsync("/circles/new", ("Name", megabyte), ("DisplayName", "Alder")), "#name-error"),
            ("display name", () => b.JoinAsync(code, megabyte), "#display-name-error"),
            ("behaviour", () => a.AddBehaviourAsync(id, megabyte, TestCatalogue.Categories[0].Id, megabyte), "#label-error"),
            ("journal", () => a.SaveJournalAsync(id, 1, journal), $"#error-{ReflectionPrompts.PastBetrayals}"),
            ("clause", () => a.AddClauseAsync(id, ClauseFields(megabyte, notes: megabyte)), "#clause-error"),
            ("concern", () => a.PostNewConcernAsync(id, ConcernIntents.ConcernFields(megabyte, megabyte, megabyte)), "#draft-error"),
            ("self-check", () => a.PostSelfCheckAsync(id, ConcernIntents.SelfCheckFields([Offered], megabyte, "SeekingAttention", megabyte)), "#self-check-error"),
        };

        foreach (var (what, post, error) in refusals)
        {
            AssertRefusedKindly(await post(), error, what);
        }

        // Nothing was kept: no second circle, no member joined, no behaviour, an empty journal and draft, no concern.
        Assert.Single((await a.GetAsync("/circles")).FindAll("ul.compared > li"));
        Assert.Single((await a.GetAsync(Paths.Circle(id))).FindAll("#members li"));
        Assert.Empty(await a.CustomLabelsAsync(id));
        Assert.All((await a.OpenJournalAsync(id, 1)).Answers.Values, Assert.Empty);
        Assert.Empty(await a.DraftTextsAsync(id));
        Assert.Empty(await a.ListedConcernsAsync(id));

        // Check-ins and replies need two members.
        await b.JoinCircleAsync(id, code, "Birch");
        var number = await a.StartCheckInAsync(id);
        AssertRefusedKindly(await a.SubmitCheckInAsync(id, number, [.. Scores(3), Appreciation(megabyte), Topics(megabyte)]), "#appreciation-error", "check-in");
        var concern = await a.RaiseConcernAsync(id, "Something small", [2]);
        AssertRefusedKindly(await b.ReplyToConcernAsync(id, concern, megabyte), "#reply-error", "reply");
        Assert.Empty((await a.GetAsync(Paths.Concern(id, concern))).Replies());
    }

    /// <summary>A page that says, next to the field, what to change: never a 500, never a blank page.</summary>
    internal static void AssertRefusedKindly(WebPage page, string errorSelector, string? what = null)
    {
        Assert.True(page.Status == HttpStatusCode.OK, $"{what ?? page.Url}: expected the form again with a kind word, got {page}: {page.Text}");
        Assert.True(page.IsHtml && page.Find("h1") is not null, $"{what ?? page.Url}: not a page: {page.ContentType}");
        Assert.True(page.Find(errorSelector) is not null, $"{what ?? page.Url}: no {errorSelector} on the page: {page.Text[..Math.Min(600, page.Text.Length)]}");
    }
}
