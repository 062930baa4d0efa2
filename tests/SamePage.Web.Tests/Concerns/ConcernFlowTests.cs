using System.Net;
using SamePage.Core.Agreements;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Concerns;

/// <summary>Issue 6: one partner raises a concern, the other replies in their own words, and they record an outcome.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ConcernFlowTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_partner_raises_a_concern_the_other_replies_and_they_record_an_outcome(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);

        var empty = await a.GetAsync(Paths.Concerns(id));
        Assert.NotNull(empty.Find("#no-concerns"));

        var saved = await a.PostNewConcernAsync(id, ConcernIntents.ConcernFields(
            "On Saturday you were messaging someone until 1am.", "I felt shut out, and then worried.", "I'd like us to talk about late-night messaging."));
        var concern = ConcernIntents.ConcernIn(saved.Location!);
        var draft = await a.FollowAsync(saved);
        Assert.Equal("Saved. Only you can see this draft.", draft.Find("#concern-notice")!.TextContent);
        Assert.Equal(nameof(ConcernStage.Draft), draft.Find("#concern-status")!.GetAttribute("data-stage"));
        Assert.Equal([concern], await a.ListedConcernsAsync(id, "#my-drafts"));

        // With one partner, the share page offers Birch, already ticked; the author still presses Share.
        var sharePage = await a.GetAsync(Paths.ShareConcern(id, concern));
        Assert.Equal(["Birch"], sharePage.FindAll("#share-form label.choice").Select(l => l.TextContent.Trim()));
        Assert.NotNull(sharePage.Find("#share-form input[name=For][value='2'][checked]"));
        Assert.Contains("On Saturday you were messaging someone until 1am.", sharePage.Find("#share-preview")!.TextContent);
        var shared = await a.ShareConcernAsync(id, concern, 2);
        Assert.Contains("Shared with Birch", (await a.FollowAsync(shared)).Find("#concern-notice")!.TextContent);

        // Birch reads it, with the guidance before replying, and replies in their own words.
        Assert.Equal([concern], await b.ListedConcernsAsync(id, "#shared-with-me"));
        var received = await b.GetAsync(Paths.Concern(id, concern));
        Assert.Equal(nameof(ConcernStage.Shared), received.Find("#concern-status")!.GetAttribute("data-stage"));
        Assert.NotNull(received.Find("#before-you-reply"));
        Assert.Equal("I felt shut out, and then worried.", received.Find("[data-field=felt]")!.TextContent);
        var replied = await b.ReplyToConcernAsync(id, concern, "It was my sister; she was having a hard night. I should have said.");
        Assert.Equal($"{Paths.Concern(id, concern)}?notice=replied#replies", replied.Location);

        var afterReply = await a.GetAsync(Paths.Concern(id, concern));
        Assert.Equal(nameof(ConcernStage.Responded), afterReply.Find("#concern-status")!.GetAttribute("data-stage"));
        Assert.Equal(["It was my sister; she was having a hard night. I should have said."], afterReply.Replies());
        Assert.StartsWith("Birch, ", afterReply.Find("ol.replies h3")!.TextContent, StringComparison.Ordinal);

        // Alder records the outcome; both see it, with where it leads.
        var recorded = await a.RecordOutcomeAsync(id, concern, ConcernOutcome.AgreementAmended);
        Assert.Equal($"{Paths.Concern(id, concern)}?notice=recorded#outcome", recorded.Location);
        foreach (var person in new[] { a, b })
        {
            var closed = await person.GetAsync(Paths.Concern(id, concern));
            Assert.Equal(nameof(ConcernStage.Closed), closed.Find("#concern-status")!.GetAttribute("data-stage"));
            Assert.Equal(nameof(ConcernOutcome.AgreementAmended), closed.Find("#recorded-outcome")!.GetAttribute("data-outcome"));
            Assert.Equal(Paths.Agreement(id), closed.Find("#follow-ups a[data-follow-up=AmendTheAgreement]")!.GetAttribute("href"));
            Assert.Null(closed.Find("#reply-form"));
            Assert.Null(closed.Find("#outcome-form"));
        }

        Assert.Contains("Recorded by Alder", (await b.GetAsync(Paths.Concern(id, concern))).Find("#outcome")!.TextContent);
        Assert.Equal([concern], await a.ListedConcernsAsync(id, "#raised-by-me"));
    }

    [Theory]
    [InlineData(ConcernOutcome.GettingSupport, new[] { "FindSupport" })]
    [InlineData(ConcernOutcome.PartingWays, new[] { "PartingPath", "FindSupport" })]
    [InlineData(ConcernOutcome.Recommitted, new string[0])]
    public async Task Support_and_parting_outcomes_link_to_help_and_to_the_parting_path(ConcernOutcome outcome, string[] followUps)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var concern = await a.RaiseConcernAsync(id, "We haven't really talked in weeks.", [2]);

        await b.RecordOutcomeAsync(id, concern, outcome);

        var closed = await a.GetAsync(Paths.Concern(id, concern));
        var links = closed.FindAll("#follow-ups a").ToDictionary(e => e.GetAttribute("data-follow-up")!, e => e.GetAttribute("href")!);
        Assert.Equal(followUps, links.Keys);
        if (links.TryGetValue("FindSupport", out var help))
        {
            Assert.Equal("/help", help);
        }

        if (links.TryGetValue("PartingPath", out var parting))
        {
            Assert.Equal(Paths.Parting(id), parting);
            Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(parting)).Status);
        }
    }

    [Theory, Providers]
    public async Task A_concern_can_name_a_clause_of_the_active_agreement_and_keeps_its_words_after_the_agreement_changes(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We tell each other when an ex gets in touch.", Expectation.TellMe));

        var form = await a.GetAsync(Paths.NewConcern(id));
        var option = form.FindAll("#field-clause option").Single(o => o.TextContent.Contains("an ex gets in touch", StringComparison.Ordinal));
        var clause = Guid.Parse(option.GetAttribute("value")!);
        var concern = await a.DraftConcernAsync(id, "Your ex messaged on Tuesday and I heard about it on Sunday.", clause: clause);
        await a.ShareConcernAsync(id, concern, 2);
        var draft = await a.DraftConcernAsync(id, "Still thinking about this one.", clause: clause);

        // The agreement is amended without that clause: the concern still says what it was about.
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostFormAsync($"{Paths.Agreement(id)}?handler=StartReview")).Status);
        var (_, clauseVersion) = await a.OpenClauseAsync(id, clause);
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostFormAsync($"{Paths.Clause(id, clause)}?handler=Remove", ("Version", clauseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Status);
        await a.AddClauseAsync(id, "We mention it when an ex gets in touch, the same day.", Expectation.TellMe);
        Assert.Equal(HttpStatusCode.Redirect, (await a.ProposeAsync(id)).Status);
        await a.SignAsync(id, 2);
        await b.SignAsync(id, 2);
        Assert.Equal("Active", await a.VersionStatusAsync(id, 2));

        var read = await b.GetAsync(Paths.Concern(id, concern));
        Assert.Equal("We tell each other when an ex gets in touch.", read.Find("[data-field=clause]")!.TextContent);

        // The unshared draft still names it, marked as from an earlier version, and can keep it.
        var (edit, version) = await a.OpenConcernDraftAsync(id, draft);
        var kept = edit.Find($"#field-clause option[value='{clause}']")!;
        Assert.True(kept.HasAttribute("selected"));
        Assert.StartsWith("(from an earlier version)", kept.TextContent, StringComparison.Ordinal);
        var saved = await a.SaveConcernDraftAsync(id, draft, version, ConcernIntents.ConcernFields("Still thinking, a bit clearer now.", clause: clause));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("We tell each other when an ex gets in touch.", (await a.GetAsync(Paths.Concern(id, draft))).Find("[data-field=clause]")!.TextContent);
    }

    [Theory, Providers]
    public async Task The_author_edits_a_draft_and_can_delete_it_for_good(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "First words");
        var (page, version) = await a.OpenConcernDraftAsync(id, concern);
        Assert.Equal("First words", page.Find("#field-noticed")!.TextContent);

        var saved = await a.SaveConcernDraftAsync(id, concern, version, ConcernIntents.ConcernFields("Better words", "Calmer now"));
        Assert.Equal($"{Paths.Concern(id, concern)}?notice=saved", saved.Location);
        Assert.Equal("Better words", (await a.GetAsync(Paths.Concern(id, concern))).Find("[data-field=noticed]")!.TextContent);

        var deleted = await a.PostFormAsync(Paths.DeleteConcernDraft(id, concern));
        Assert.Equal($"{Paths.Concerns(id)}?notice=deleted", deleted.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(Paths.Concern(id, concern))).Status);
        Assert.Empty(await a.ListedConcernsAsync(id));
    }

    [Theory, Providers]
    public async Task A_second_tab_never_overwrites_a_draft_saved_meanwhile(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "Original");
        var (_, stale) = await a.OpenConcernDraftAsync(id, concern);
        await a.SaveConcernDraftAsync(id, concern, stale, ConcernIntents.ConcernFields("Saved in the first tab"));

        var crossed = await a.SaveConcernDraftAsync(id, concern, stale, ConcernIntents.ConcernFields("Typed in the second tab"));

        Assert.Equal(HttpStatusCode.OK, crossed.Status);
        Assert.NotNull(crossed.Find("#conflict"));
        Assert.Contains("Saved in the first tab", crossed.Find("#conflict")!.TextContent);
        Assert.Equal("Typed in the second tab", crossed.Find("#field-noticed")!.TextContent);
        Assert.Equal("Saved in the first tab", (await a.GetAsync(Paths.Concern(id, concern))).Find("[data-field=noticed]")!.TextContent);

        // Saving again after seeing both is deliberate, and works.
        var version = crossed.Find("input[name=Version]")!.GetAttribute("value")!;
        var again = await a.PostFormAsync(Paths.EditConcern(id, concern), [("Version", version), .. ConcernIntents.ConcernFields("Both, combined")]);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
    }
}
