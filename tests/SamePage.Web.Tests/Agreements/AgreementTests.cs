using System.Globalization;
using System.Net;
using SamePage.Core.Agreements;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.Security;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

/// <summary>Issue 4: a shared draft, proposed and signed by everyone, amended, and kept version by version.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class AgreementTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Partners_propose_and_sign_and_the_version_becomes_active_with_a_review_date(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AddClauseAsync(id, "We tell each other when we've been in touch with an ex.", Expectation.TellMe);
        await b.AddClauseAsync(id, "Birch checks in before staying out past midnight.", Expectation.AskFirst, seats: [2]);

        var proposed = await b.ProposeAsync(id);
        Assert.Equal($"{Paths.Version(id, 1)}?notice=proposed", proposed.Location);
        Assert.Equal("Proposed", await a.VersionStatusAsync(id, 1));

        var wrong = await a.SignAsync(id, 1, passphrase: "not the right passphrase at all");
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("doesn't match", wrong.Find("#sign-error")!.TextContent);
        Assert.Empty(wrong.FindAll("#signatures li"));

        Assert.Equal($"{Paths.Version(id, 1)}?notice=signed", (await a.SignAsync(id, 1)).Location);
        Assert.Equal("Proposed", await b.VersionStatusAsync(id, 1));
        Assert.Equal($"{Paths.Version(id, 1)}?notice=activated", (await b.SignAsync(id, 1)).Location);

        var version = await a.GetAsync(Paths.Version(id, 1));
        Assert.Equal("Active", await a.VersionStatusAsync(id, 1));
        var signatures = version.Find("#signatures")!.TextContent;
        Assert.Contains("Signed by Alder", signatures);
        Assert.Contains("Signed by Birch", signatures);
        Assert.Equal(["Birch", "Everyone"], version.FindAll("[data-applies-to]").Select(e => e.TextContent.Trim()).Order());
        var review = DateOnly.Parse(version.Find("#review-on")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3), review);
        Assert.Contains("Version 1 is active.", (await b.GetAsync(Paths.Circle(id))).Find("#agreement-summary")!.TextContent);

        // An active version can't be signed again; the review date can be moved, not into the past.
        var again = await a.SignAsync(id, 1, hash: new string('0', 64));
        Assert.NotEqual(HttpStatusCode.InternalServerError, again.Status);
        Assert.Equal("Active", await a.VersionStatusAsync(id, 1));
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"{Paths.Version(id, 1)}?notice=review", (await b.PostFormAsync($"{Paths.Version(id, 1)}?handler=Review", ("reviewOn", later))).Location);
        Assert.Equal(later, (await a.GetAsync(Paths.Version(id, 1))).Find("#review-on")!.GetAttribute("value"));
        var past = await b.PostFormAsync($"{Paths.Version(id, 1)}?handler=Review", ("reviewOn", "2001-01-01"));
        Assert.NotNull(past.Find("#review-error"));
    }

    [Theory, Providers]
    public async Task A_change_after_signing_started_withdraws_the_proposal_voids_signatures_and_says_why(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var clause = await a.AddClauseAsync(id, "No dating apps while we're together.", Expectation.NotOk);
        await a.ProposeAsync(id);
        await a.SignAsync(id, 1);

        var (_, version) = await b.OpenClauseAsync(id, clause);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SaveClauseAsync(id, clause, version, AgreementIntents.ClauseFields("No dating-app profiles, active or not, while we're together.", Expectation.NotOk))).Status);

        Assert.Equal("Withdrawn", await a.VersionStatusAsync(id, 1));
        var draft = await a.GetAsync(Paths.Agreement(id));
        Assert.Contains("Version 1 was withdrawn because Birch changed the draft", draft.Find("#withdrawn-notice")!.TextContent);
        Assert.Contains("Birch changed the draft", (await a.GetAsync(Paths.Version(id, 1))).Find("#withdrawn-reason")!.TextContent);
        var late = await b.SignAsync(id, 1, hash: new string('0', 64));
        Assert.Contains("can't be signed any more", late.Find("#sign-error")!.TextContent);

        // Proposed again, the new version needs everyone again, Alder included.
        Assert.Equal($"{Paths.Version(id, 2)}?notice=proposed", (await b.ProposeAsync(id)).Location);
        await b.SignAsync(id, 2);
        Assert.Equal("Proposed", await a.VersionStatusAsync(id, 2));
        Assert.Contains("Alder", (await b.GetAsync(Paths.Version(id, 2))).Find("#waiting")!.TextContent);
        Assert.Equal($"{Paths.Version(id, 2)}?notice=activated", (await a.SignAsync(id, 2)).Location);
    }

    [Theory, Providers]
    public async Task Two_members_editing_the_same_clause_at_once_lose_nothing(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var clause = await a.AddClauseAsync(id, "We share where we are when we travel.");
        var (_, version) = await a.OpenClauseAsync(id, clause);
        await b.OpenClauseAsync(id, clause);

        var pages = await Task.WhenAll(
            a.SaveClauseAsync(id, clause, version, AgreementIntents.ClauseFields("Alder's wording of the travel clause")),
            b.SaveClauseAsync(id, clause, version, AgreementIntents.ClauseFields("Birch's wording of the travel clause")));

        var saved = Assert.Single(pages, p => p.Status == HttpStatusCode.Redirect);
        var crossed = Assert.Single(pages, p => p.Status == HttpStatusCode.OK);
        var (winner, loser) = saved == pages[0] ? ("Alder", "Birch") : ("Birch", "Alder");
        // The one who lost the race sees both versions, keeps their own text, and is told who changed it.
        Assert.Contains($"{winner} changed this while you were editing", crossed.Find("#conflict")!.TextContent);
        Assert.Contains($"{winner}'s wording", crossed.Find("#their-version")!.TextContent);
        Assert.Equal($"{loser}'s wording of the travel clause", crossed.Find("textarea[name='Form.Text']")!.TextContent);
        Assert.Equal([$"{winner}'s wording of the travel clause"], await a.DraftTextsAsync(id));

        // Saving again is a deliberate choice, made having seen the other version.
        var newVersion = crossed.Find("input[name=Version]")!.GetAttribute("value")!;
        var again = await (loser == "Alder" ? a : b).PostFormAsync(Paths.Clause(id, clause), [("Version", newVersion), .. AgreementIntents.ClauseFields($"Both: {winner} and {loser} agreed wording")]);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal([$"Both: {winner} and {loser} agreed wording"], await b.DraftTextsAsync(id));
    }

    [Theory, Providers]
    public async Task Two_people_proposing_at_once_make_one_version(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AddClauseAsync(id, "We talk before making plans that involve a former partner.");

        // Both have the draft page open (the same revision) before either presses Propose.
        var revision = (await a.GetAsync(Paths.Agreement(id))).Find("input[name=revision]")!.GetAttribute("value")!;
        Assert.Equal(revision, (await b.GetAsync(Paths.Agreement(id))).Find("input[name=revision]")!.GetAttribute("value"));
        var pages = await Task.WhenAll(
            a.PostFormAsync($"{Paths.Agreement(id)}?handler=Propose", ("revision", revision)),
            b.PostFormAsync($"{Paths.Agreement(id)}?handler=Propose", ("revision", revision)));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.Redirect, p.Status));
        var versions = (await a.GetAsync(Paths.Versions(id))).FindAll("tr[data-version]");
        var only = Assert.Single(versions);
        Assert.Equal("Proposed", only.GetAttribute("data-status"));
    }

    [Theory, Providers]
    public async Task Bad_clauses_are_refused_kindly_and_nothing_typed_is_lost(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var tooLong = string.Join(' ', Enumerable.Repeat("word", 500));

        var page = await a.AddClauseAsync(id, AgreementIntents.ClauseFields(tooLong, notes: "keep these notes"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2000 characters or fewer", page.Find("#clause-error")!.TextContent);
        Assert.Contains("2499", page.Find("#clause-error")!.TextContent);
        Assert.Equal(tooLong, page.Find("textarea[name='Form.Text']")!.TextContent);
        Assert.Equal("keep these notes", page.Find("textarea[name='Form.Notes']")!.TextContent);

        var empty = await a.AddClauseAsync(id, AgreementIntents.ClauseFields("   "));
        Assert.NotNull(empty.Find("#clause-error"));

        var stranger = await a.AddClauseAsync(id, AgreementIntents.ClauseFields("About someone else", seats: [7]));
        Assert.Contains("isn't in the circle", stranger.Find("#clause-error")!.TextContent);
        Assert.Equal("About someone else", stranger.Find("textarea[name='Form.Text']")!.TextContent);

        var nobody = await a.AddClauseAsync(id, AgreementIntents.ClauseFields("For nobody", seats: []));
        Assert.Contains("who this clause applies to", nobody.Find("#clause-error")!.TextContent);

        var oddExpectation = await a.PostFormAsync(Paths.Agreement(id), ("Form.Text", "Fine text"), ("Form.Expectation", "Whatever"), ("Form.For", "1"), ("Form.For", "2"));
        Assert.NotEqual(HttpStatusCode.InternalServerError, oddExpectation.Status);
        await a.PostFormAsync($"{Paths.Agreement(id)}?handler=Move", ("clause", Guid.NewGuid().ToString()), ("up", "maybe"));

        var emptyPropose = await a.PostFormAsync($"{Paths.Agreement(id)}?handler=Propose", ("revision", "0"));
        Assert.Equal(HttpStatusCode.Redirect, emptyPropose.Status);
    }

    [Theory, Providers]
    public async Task Amending_an_active_agreement_makes_a_new_version_and_keeps_the_old_one(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var clause = await a.AddClauseAsync(id, "We don't keep secret accounts.", Expectation.NotOk);
        await a.ProposeAsync(id);
        await a.SignAsync(id, 1);
        await b.SignAsync(id, 1);
        Assert.Null((await a.GetAsync(Paths.Agreement(id))).Find("input[name=revision]")); // nothing new to propose

        var review = await b.FollowAsync(await b.PostFormAsync($"{Paths.Agreement(id)}?handler=StartReview"));
        Assert.NotNull(review.Find("#offer-round"));
        Assert.Equal(["We don't keep secret accounts."], review.FindAll("ol.draft-clauses .clause-text").Select(e => e.TextContent));
        var (_, version) = await b.OpenClauseAsync(id, clause);
        await b.SaveClauseAsync(id, clause, version, AgreementIntents.ClauseFields("We don't keep secret accounts, and we say if we open a new one.", Expectation.TellMe));
        await b.AddClauseAsync(id, "We review this every spring.", Expectation.Custom);
        await b.ProposeAsync(id);
        await a.SignAsync(id, 2);
        await b.SignAsync(id, 2);

        Assert.Equal("Superseded", await a.VersionStatusAsync(id, 1));
        Assert.Equal("Active", await a.VersionStatusAsync(id, 2));
        var old = await a.GetAsync(Paths.Version(id, 1));
        Assert.Equal(["We don't keep secret accounts."], old.FindAll("li[data-clause] .clause-text").Select(e => e.TextContent));
    }

    [Theory, Providers]
    public async Task A_comparison_item_opens_a_suggestion_that_writes_nothing_until_saved_in_ones_own_words(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        var comparison = await a.GetAsync(Paths.Comparison(id, 1));
        Assert.Empty(comparison.FindAll("ul.compared form")); // items link to their actions; no form (and token) per item
        var item = comparison.Find("ul[data-kind=HotSpot] > li")!;
        var behaviour = item.GetAttribute("data-behaviour")!;
        var label = TestCatalogue.Catalogue.Find(behaviour)!.Label;
        var link = item.QuerySelectorAll("a").Single(x => x.TextContent.Contains("Write it into our agreement", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.StartsWith(Paths.Suggestion(id, 1, behaviour), link, StringComparison.Ordinal);

        // Following the link changes nothing in the database: the form is a suggestion, with nothing chosen for them.
        var before = await DatabaseSnapshot.TakeAsync(app);
        var form = await a.GetAsync(link);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(app)).ChangesSince(before));
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(string.Empty, form.Find("textarea[name='Form.Text']")!.TextContent);
        Assert.Contains(label, form.Find("textarea[name='Form.Text']")!.GetAttribute("placeholder"), StringComparison.Ordinal);
        Assert.Equal(behaviour, form.Find("input[name='Form.Behaviour']")!.GetAttribute("value"));
        Assert.Empty(form.FindAll("input[name='Form.Expectation'][checked]"));
        var suggested = Assert.Single(form.FindAll(".suggested"));
        Assert.Equal(nameof(Expectation.NotOk), suggested.ParentElement!.QuerySelector("input")!.GetAttribute("value"));
        Assert.Empty(await a.DraftTextsAsync(id));

        // Saving without choosing an expectation keeps what was typed and writes nothing.
        var unchosen = await a.PostFormAsync(link, ("Form.Text", "We talk before either of us sexts anyone."), ("Form.For", "1"), ("Form.For", "2"));
        Assert.Equal(HttpStatusCode.OK, unchosen.Status);
        Assert.NotNull(unchosen.Find("#clause-error"));
        Assert.Equal("We talk before either of us sexts anyone.", unchosen.Find("textarea[name='Form.Text']")!.TextContent);
        Assert.Empty(await a.DraftTextsAsync(id));

        // Saved in their own words: exactly one clause, linked to the behaviour.
        var saved = await a.PostFormAsync(link, AgreementIntents.ClauseFields("We talk before either of us sexts anyone.", Expectation.NotOk));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("notice=added", saved.Location, StringComparison.Ordinal);
        Assert.Equal(["We talk before either of us sexts anyone."], await a.DraftTextsAsync(id));

        // The same item again opens the clause already there, and adds none.
        var again = await a.GetAsync(link);
        Assert.Contains("notice=exists", again.Location, StringComparison.Ordinal);
        var edit = await a.FollowAsync(again);
        Assert.Equal(behaviour, edit.Find("input[name='Form.Behaviour']")!.GetAttribute("value"));
        Assert.Single(await a.DraftTextsAsync(id));
    }

    [Theory, Providers]
    public async Task After_someone_leaves_signed_versions_keep_their_names_and_the_draft_no_longer_names_them(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        await a.AddClauseAsync(id, "Cedar lets us know before seeing an ex.", Expectation.TellMe, seats: [3], membersInCircle: 3);
        await a.AddClauseAsync(id, "Birch and Cedar plan holidays together with Alder.", Expectation.AskFirst, seats: [2, 3], membersInCircle: 3);
        await a.ProposeAsync(id);
        foreach (var member in new[] { a, b, c })
        {
            await member.SignAsync(id, 1);
        }

        await c.LeaveAsync(id);

        var version = await a.GetAsync(Paths.Version(id, 1));
        Assert.Equal("Active", await a.VersionStatusAsync(id, 1));
        Assert.Contains("Signed by Cedar", version.Find("#signatures")!.TextContent);
        Assert.Contains("Cedar", version.FindAll("[data-applies-to]")[0].TextContent);
        Assert.Equal(["Birch and Cedar plan holidays together with Alder."], await a.DraftTextsAsync(id));
        var draft = await a.GetAsync(Paths.Agreement(id));
        Assert.Equal("Birch", draft.Find("ol.draft-clauses [data-applies-to]")!.TextContent.Trim());
    }

    [Theory, Providers]
    public async Task Only_members_reach_an_agreement(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var clause = await circle[0].AddClauseAsync(circle.Circle, "Private to the two of us.");
        await circle[0].ProposeAsync(circle.Circle);
        using var stranger = await app.SignUpAsync();

        foreach (var url in new[] { Paths.Agreement(circle.Circle), Paths.Clause(circle.Circle, clause), Paths.Versions(circle.Circle), Paths.Version(circle.Circle, 1) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.AddClauseAsync(circle.Circle, AgreementIntents.ClauseFields("Intruding"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].GetAsync(Paths.Version(circle.Circle, 9))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].GetAsync(Paths.Clause(circle.Circle, Guid.NewGuid()))).Status);
    }

    [Theory, Providers]
    public async Task Clause_text_is_stored_only_sealed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        const string Secret = "Periwinkle harbour clause sentinel";
        const string Notes = "Gooseberry notes sentinel";
        await circle[0].AddClauseAsync(circle.Circle, AgreementIntents.ClauseFields(Secret, notes: Notes));
        await circle[0].ProposeAsync(circle.Circle);
        await circle[0].SignAsync(circle.Circle, 1);
        await circle[1].SignAsync(circle.Circle, 1);

        string[] secrets = [Secret, Notes, "Periwinkle", "Gooseberry"];
        await StoredData.AssertNoneStoredAsync(app, circle[0].Username, secrets);
    }
}
