using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>
/// The private journal of a round: only its author ever reads it; after the reveal they may share one
/// answer at a time with the others who took part, and stop again. Sealed at rest like every answer.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class JournalTests(SharedApps apps)
{
    private const string PastBetrayals = ReflectionPrompts.PastBetrayals;
    private const string FeelingSecure = ReflectionPrompts.FeelingSecure;
    private const string WantYouToKnow = ReflectionPrompts.WantYouToKnow;

    private static readonly string Limit = ReflectionText.MaxLength.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>Three answers no page would ever show by chance.</summary>
    private static (string Prompt, string Text)[] Distinctive(string who)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        return
        [
            (PastBetrayals, $"{who} remembers the lighthouse summer {tag}: a friend told my secret."),
            (FeelingSecure, $"{who} feels secure with a quiet message when plans change {tag}."),
            (WantYouToKnow, $"{who} wants you to know about the orchard letters {tag}."),
        ];
    }

    [Theory, Providers]
    public async Task A_partner_never_sees_another_members_journal_before_or_after_the_reveal_unless_it_is_shared(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var secrets = Distinctive("Alder");
        Assert.Equal(HttpStatusCode.Redirect, (await a.WriteJournalAsync(id, 1, secrets)).Status);
        await b.WriteJournalAsync(id, 1, (FeelingSecure, "Birch's own words"));
        var aMembership = await MembershipIdAsync(app, id, seat: 1);

        // Before the reveal: every page Birch can reach.
        await VisitEverythingAsync(b, id, aMembership, revealed: false);
        var ownBefore = await b.GetAsync(Paths.Journal(id, 1));
        Assert.Equal("Birch's own words", Textarea(ownBefore, FeelingSecure));

        // The reveal changes nothing about journals: nothing was shared.
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        await VisitEverythingAsync(b, id, aMembership, revealed: true);
        Assert.NotNull((await b.GetAsync(Paths.Reflections(id, 1))).Find("#no-reflections"));

        var leaked = b.History.Where(page => secrets.Any(s => page.Body.Contains(s.Text, StringComparison.Ordinal))).ToList();
        Assert.True(leaked.Count == 0, $"Alder's journal reached Birch on: {string.Join(", ", leaked)}");

        // Alder still reads all of it, on Alder's own journal.
        var own = await a.GetAsync(Paths.Journal(id, 1));
        Assert.All(secrets, s => Assert.Equal(s.Text, Textarea(own, s.Prompt)));
    }

    [Theory, Providers]
    public async Task Sharing_shows_the_others_exactly_the_chosen_answer_and_its_latest_text_until_sharing_stops(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var secrets = Distinctive("Alder");
        await a.WriteJournalAsync(id, 1, secrets);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Hurts);

        var shared = await a.ShareReflectionAsync(id, 1, FeelingSecure);

        Assert.Equal($"{Paths.Journal(id, 1)}?saved=true", shared.Location);
        var journal = await a.FollowAsync(shared);
        Assert.Equal(["private", "shared", "private"], ReflectionPrompts.All.Select(p => journal.Find($"#visibility-{p}")!.GetAttribute("data-visibility")));
        Assert.Contains("Birch can read this answer", journal.Find($"#visibility-{FeelingSecure}")!.TextContent);
        Assert.Equal([FeelingSecure], JournalForm.From(journal).Share);

        var page = await b.GetAsync(Paths.Reflections(id, 1));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var item = Assert.Single(page.FindAll("ul.reflections > li"));
        Assert.Equal(FeelingSecure, item.Closest("section")!.GetAttribute("data-prompt"));
        Assert.Equal("Alder", item.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(secrets[1].Text, item.QuerySelector(".reflection-text")!.TextContent);
        Assert.DoesNotContain(secrets[0].Text, page.Body);
        Assert.DoesNotContain(secrets[2].Text, page.Body);
        Assert.Null(page.Find("#no-reflections"));

        // A change to a shared answer is what the others read from then on.
        const string Rewritten = "Alder rewrote this: being included in plans, and honesty.";
        await a.WriteJournalAsync(id, 1, (FeelingSecure, Rewritten));
        page = await b.GetAsync(Paths.Reflections(id, 1));
        Assert.Equal(Rewritten, Assert.Single(page.FindAll("ul.reflections .reflection-text")).TextContent);
        Assert.DoesNotContain(secrets[1].Text, page.Body);

        // Stopping sharing removes it at once, and the shared copy is gone from the database.
        var stopped = await a.StopSharingReflectionAsync(id, 1, FeelingSecure);
        Assert.Equal(HttpStatusCode.Redirect, stopped.Status);
        page = await b.GetAsync(Paths.Reflections(id, 1));
        Assert.NotNull(page.Find("#no-reflections"));
        Assert.Empty(page.FindAll("ul.reflections > li"));
        Assert.DoesNotContain(Rewritten, page.Body);
        Assert.Null(await SealedSharedAsync(app, id, seat: 1));
        var after = await a.GetAsync(Paths.Journal(id, 1));
        Assert.All(ReflectionPrompts.All, p => Assert.Equal("private", after.Find($"#visibility-{p}")!.GetAttribute("data-visibility")));
        Assert.Equal(Rewritten, Textarea(after, FeelingSecure)); // stopping sharing keeps the answer
    }

    [Theory, Providers]
    public async Task Sharing_before_the_reveal_is_refused_and_nothing_is_shared(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var secrets = Distinctive("Alder");

        var form = await a.OpenJournalAsync(id, 1);
        Assert.False(form.SharingOffered);
        Assert.Contains("Only you can read your journal", (await a.GetAsync(Paths.Journal(id, 1))).Find("#who-can-see")!.TextContent);
        foreach (var (prompt, text) in secrets)
        {
            form.Answers[prompt] = text;
        }

        // A hand-made post that asks to share anyway.
        form.SharingOffered = true;
        form.Share.Add(FeelingSecure);
        var refused = await a.SaveJournalAsync(id, 1, form);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("sharing opens once everyone has submitted", refused.Find("#sharing-refused")!.TextContent);
        Assert.Null(await SealedSharedAsync(app, id, seat: 1));
        Assert.Equal(secrets[1].Text, Textarea(await a.GetAsync(Paths.Journal(id, 1)), FeelingSecure)); // the writing itself was kept

        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Fine);
        var page = await b.GetAsync(Paths.Reflections(id, 1));
        Assert.NotNull(page.Find("#no-reflections"));
        Assert.DoesNotContain(secrets[1].Text, page.Body);
    }

    [Theory, Providers]
    public async Task An_answer_over_the_limit_is_refused_kindly_with_the_limit_shown_and_nothing_typed_is_lost(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await a.WriteJournalAsync(id, 1, (PastBetrayals, "What I wrote first."));
        var tooLong = string.Concat(Enumerable.Repeat("It still hurts to think about. ", 200))[..(ReflectionText.MaxLength + 1)].TrimEnd() + "!";
        Assert.True(ReflectionText.Length(tooLong) > ReflectionText.MaxLength);

        var page = await a.WriteJournalAsync(id, 1, (PastBetrayals, tooLong), (FeelingSecure, "Being asked, not told."));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"Up to {Limit} characters", page.Find($"#hint-{PastBetrayals}")!.TextContent);
        var error = page.Find($"#error-{PastBetrayals}")!.TextContent;
        Assert.Contains($"over the limit of {Limit}", error);
        Assert.Contains(ReflectionText.Length(tooLong).ToString("N0", CultureInfo.CurrentCulture), error);
        Assert.Contains("your text is still here", error);
        Assert.NotNull(page.Find($"#journal-error a[href='#answer-{PastBetrayals}']"));
        Assert.Equal(tooLong, Textarea(page, PastBetrayals));
        Assert.Equal("true", page.Find($"#answer-{PastBetrayals}")!.GetAttribute("aria-invalid"));
        Assert.Contains($"error-{PastBetrayals}", page.Find($"#answer-{PastBetrayals}")!.GetAttribute("aria-describedby"));

        // Nothing was saved for that prompt; the other answer was.
        var reloaded = await a.GetAsync(Paths.Journal(id, 1));
        Assert.Equal("What I wrote first.", Textarea(reloaded, PastBetrayals));
        Assert.Equal("Being asked, not told.", Textarea(reloaded, FeelingSecure));

        // Shortened from the page that kept it, it saves.
        var form = JournalForm.From(page);
        form.Answers[PastBetrayals] = tooLong[..ReflectionText.MaxLength];
        Assert.Equal(HttpStatusCode.Redirect, (await a.SaveJournalAsync(id, 1, form)).Status);
        Assert.Equal(tooLong[..ReflectionText.MaxLength].TrimEnd(), Textarea(await a.GetAsync(Paths.Journal(id, 1)), PastBetrayals));
    }

    [Theory, Providers]
    public async Task Two_tabs_never_lose_each_others_writing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var (tabOne, tabTwo) = (await a.OpenJournalAsync(id, 1), await a.OpenJournalAsync(id, 1));

        tabOne.Answers[PastBetrayals] = "Written in the first tab.";
        Assert.Equal(HttpStatusCode.Redirect, (await a.SaveJournalAsync(id, 1, tabOne)).Status);
        tabTwo.Answers[FeelingSecure] = "Written in the second tab.";
        Assert.Equal(HttpStatusCode.Redirect, (await a.SaveJournalAsync(id, 1, tabTwo)).Status);

        var both = await a.GetAsync(Paths.Journal(id, 1));
        Assert.Equal("Written in the first tab.", Textarea(both, PastBetrayals));
        Assert.Equal("Written in the second tab.", Textarea(both, FeelingSecure));

        // The second tab, still showing the old (empty) answer, now writes over the first tab's.
        tabTwo.Answers[PastBetrayals] = "The second tab's take.";
        var conflict = await a.SaveJournalAsync(id, 1, tabTwo);

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Equal("Written in the first tab.", conflict.Find($"#error-{PastBetrayals} [data-saved-meanwhile]")!.TextContent);
        Assert.Equal("The second tab's take.", Textarea(conflict, PastBetrayals));
        Assert.Equal("Written in the first tab.", Textarea(await a.GetAsync(Paths.Journal(id, 1)), PastBetrayals));

        // Having seen both, the member combines them and saves from that page.
        var combined = JournalForm.From(conflict);
        combined.Answers[PastBetrayals] = "Written in the first tab. And the second tab's take.";
        Assert.Equal(HttpStatusCode.Redirect, (await a.SaveJournalAsync(id, 1, combined)).Status);
        Assert.Equal(combined.Answers[PastBetrayals], Textarea(await a.GetAsync(Paths.Journal(id, 1)), PastBetrayals));
    }

    /// <summary>Autosave while typing: each save hands back the fingerprint to carry on with; a stale tab's autosave keeps nothing.</summary>
    [Theory, Providers]
    public async Task Autosave_keeps_the_writing_and_a_stale_tab_never_overwrites_newer_writing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var (tabOne, tabTwo) = (await a.OpenJournalAsync(id, 1), await a.OpenJournalAsync(id, 1));

        // The first tab types, saves by itself, and types on: each save carries on from the last.
        tabOne.Answers[PastBetrayals] = "Typed in the first tab";
        var first = await AutosaveAsync(a, id, tabOne);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.True(Json(first).GetProperty("saved").GetBoolean());
        tabOne.Bases[PastBetrayals] = Json(first).GetProperty("fields").GetProperty($"Bases[{PastBetrayals}]").GetString()!;
        tabOne.Answers[PastBetrayals] = "Typed in the first tab, and then some more.";
        Assert.True(Json(await AutosaveAsync(a, id, tabOne)).GetProperty("saved").GetBoolean());
        Assert.Equal(tabOne.Answers[PastBetrayals], Textarea(await a.GetAsync(Paths.Journal(id, 1)), PastBetrayals));

        // The second tab, opened before, types in the same box: refused, and the newer writing stays.
        tabTwo.Answers[PastBetrayals] = "The stale tab's words.";
        var stale = await AutosaveAsync(a, id, tabTwo);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.False(Json(stale).GetProperty("saved").GetBoolean());
        Assert.Equal("conflict", Json(stale).GetProperty("problem").GetString());
        Assert.False(Json(stale).GetProperty("fields").TryGetProperty($"Bases[{PastBetrayals}]", out _));
        Assert.Equal(tabOne.Answers[PastBetrayals], Textarea(await a.GetAsync(Paths.Journal(id, 1)), PastBetrayals));
    }

    /// <summary>Sharing changes with Save only: a box ticked or unticked while typing shares or hides nothing by itself.</summary>
    [Theory, Providers]
    public async Task Autosave_after_the_reveal_saves_the_text_and_never_changes_what_is_shared(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.WriteJournalAsync(id, 1, (FeelingSecure, "Shared on purpose."), (PastBetrayals, "Kept to myself."));
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Hurts);
        await a.ShareReflectionAsync(id, 1, FeelingSecure);

        // Typing on, with the sharing boxes the other way round in the form.
        var form = await a.OpenJournalAsync(id, 1);
        form.Share.Clear();
        form.Share.Add(PastBetrayals);
        form.Answers[FeelingSecure] = "Shared on purpose, and a line more.";
        var saved = await AutosaveAsync(a, id, form);

        Assert.True(Json(saved).GetProperty("saved").GetBoolean());
        Assert.Equal([FeelingSecure], JournalForm.From(await a.GetAsync(Paths.Journal(id, 1))).Share);
        var others = await b.GetAsync(Paths.Reflections(id, 1));
        Assert.Contains("Shared on purpose, and a line more.", others.Text);
        Assert.DoesNotContain("Kept to myself.", others.Body);
    }

    private static Task<WebPage> AutosaveAsync(Person person, Guid circle, JournalForm form) =>
        person.PostFormAsync($"{Paths.Journal(circle, 1)}?handler=Autosave", [.. form.Fields()]);

    private static System.Text.Json.JsonElement Json(WebPage page) => System.Text.Json.JsonDocument.Parse(page.Body).RootElement;

    [Theory, Providers]
    public async Task Saves_arriving_at_the_same_moment_are_all_kept(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var tabs = ReflectionPrompts.All.Select(_ => a.MoveTo(app)).ToList();
        try
        {
            var forms = new List<JournalForm>();
            foreach (var (tab, prompt) in tabs.Zip(ReflectionPrompts.All))
            {
                var form = await tab.OpenJournalAsync(id, 1);
                form.Answers[prompt] = $"Written at once: {prompt}.";
                forms.Add(form);
                await tab.AntiforgeryTokenAsync();
            }

            var saves = await Task.WhenAll(tabs.Select((tab, i) => tab.SaveJournalAsync(id, 1, forms[i])));

            Assert.All(saves, s => Assert.Equal(HttpStatusCode.Redirect, s.Status));
            var journal = await a.GetAsync(Paths.Journal(id, 1));
            Assert.All(ReflectionPrompts.All, p => Assert.Equal($"Written at once: {p}.", Textarea(journal, p)));
        }
        finally
        {
            tabs.ForEach(t => t.Dispose());
        }
    }

    [Theory, Providers]
    public async Task Journal_text_is_not_stored_in_plain_text(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var secrets = Distinctive("Alder");
        await a.WriteJournalAsync(id, 1, secrets);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Hurts);
        await a.ShareReflectionAsync(id, 1, FeelingSecure);
        Assert.NotNull(await SealedSharedAsync(app, id, seat: 1));

        string[] mustNotAppear = [.. secrets.Select(s => s.Text), .. secrets.Select(s => s.Text[..30]), "\"shared\":"];
        await StoredData.AssertNoneStoredAsync(app, a.Username, mustNotAppear);
    }

    [Theory, Providers]
    public async Task When_a_member_leaves_their_shared_reflections_disappear(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, c, id) = (circle[0], circle[2], circle.Circle);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.TellMe, Stance.Hurts);
        const string CedarsWords = "Cedar feels secure when plans are talked through together.";
        await c.WriteJournalAsync(id, 1, (FeelingSecure, CedarsWords));
        await c.ShareReflectionAsync(id, 1, FeelingSecure);
        Assert.Equal("Cedar", (await a.GetAsync(Paths.Reflections(id, 1))).Find("ul.reflections > li h3")!.TextContent.Trim());
        var cedar = await MembershipIdAsync(app, id, seat: 3);

        await c.LeaveAsync(id);

        var page = await a.GetAsync(Paths.Reflections(id, 1));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("#no-reflections"));
        Assert.DoesNotContain(CedarsWords, page.Body);
        await using var db = Databases.Open(app);
        Assert.False(await db.Reflections.AnyAsync(r => r.MembershipId == cedar));
    }

    [Theory, Providers]
    public async Task Only_members_who_took_part_have_a_journal_and_shared_reflections_for_a_round(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var id = circle.Circle;
        using var stranger = await app.SignUpAsync();
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Fine);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Paths.Journal(id, 1))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Paths.Reflections(id, 1))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(Paths.Journal(id, 1), ($"Answers[{FeelingSecure}]", "x"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].GetAsync(Paths.Journal(id, 9))).Status);

        // Someone who joins after the reveal did not take part in that round.
        var code = await circle[0].InviteAsync(id);
        using var late = await app.SignUpAsync();
        await late.JoinCircleAsync(id, code, "Cedar");
        Assert.Equal(Paths.Circle(id), (await late.GetAsync(Paths.Journal(id, 1))).Location);
        Assert.Equal(Paths.Circle(id), (await late.GetAsync(Paths.Reflections(id, 1))).Location);
        Assert.Equal(Paths.Circle(id), (await late.PostFormAsync(Paths.Journal(id, 1), ($"Answers[{FeelingSecure}]", "x"))).Location);
    }

    /// <summary>Every page Birch can reach about the circle and its round, including guesses at Alder's journal.</summary>
    private static async Task VisitEverythingAsync(Person b, Guid id, Guid alder, bool revealed)
    {
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Paths.Circle(id)] = HttpStatusCode.OK,
            [Paths.Answer(id, 1)] = revealed ? HttpStatusCode.Redirect : HttpStatusCode.OK,
            [Paths.Review(id, 1)] = revealed ? HttpStatusCode.Redirect : HttpStatusCode.OK,
            [Paths.Comparison(id, 1)] = revealed ? HttpStatusCode.OK : HttpStatusCode.Redirect,
            [Paths.Reflections(id, 1)] = revealed ? HttpStatusCode.OK : HttpStatusCode.Redirect,
            [Paths.Journal(id, 1)] = HttpStatusCode.OK,
            [$"{Paths.Journal(id, 1)}?member={alder}&membershipId={alder}&id={alder}"] = HttpStatusCode.OK,
            [$"{Paths.Journal(id, 1)}/{alder}"] = HttpStatusCode.NotFound,
            [$"{Paths.Round(id, 1)}/journals/{alder}"] = HttpStatusCode.NotFound,
            [$"{Paths.Reflections(id, 1)}/{alder}"] = HttpStatusCode.NotFound,
        };
        foreach (var (url, status) in expected)
        {
            var page = await b.GetAsync(url);
            Assert.True(page.Status == status, $"{page}, expected {(int)status}");
            if (page.Status == HttpStatusCode.Redirect)
            {
                Assert.Equal(HttpStatusCode.OK, (await b.FollowAsync(page)).Status);
            }
        }
    }

    private static string Textarea(WebPage page, string prompt) =>
        ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.Find($"#answer-{prompt}")!).Value;

    private static async Task<Guid> MembershipIdAsync(AppFactory app, Guid circle, int seat)
    {
        await using var db = Databases.Open(app);
        return await db.Memberships.Where(m => m.CircleId == circle && m.Seat == seat).Select(m => m.Id).SingleAsync();
    }

    private static async Task<byte[]?> SealedSharedAsync(AppFactory app, Guid circle, int seat)
    {
        await using var db = Databases.Open(app);
        return await db.Reflections
            .Where(r => r.Membership.CircleId == circle && r.Membership.Seat == seat)
            .Select(r => r.SealedShared)
            .SingleAsync();
    }
}
