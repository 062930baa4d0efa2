using System.Globalization;
using System.Net;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Concerns;

/// <summary>Issue 6, "Bad input": clear, kind messages, and nothing anyone wrote is lost.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ConcernBadInputTests(SharedApps apps)
{
    private static readonly string Limit = ConcernText.MaxLength.ToString("N0", CultureInfo.CurrentCulture);

    [Theory, Providers]
    public async Task An_over_long_text_shows_the_limit_keeps_the_text_and_saves_nothing(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var tooLong = new string('w', ConcernText.MaxLength + 1);

        var page = await a.PostNewConcernAsync(id, ConcernIntents.ConcernFields("Short and fine", "How I felt", tooLong));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"longer than {Limit} characters", page.Find("#draft-error")!.TextContent);
        Assert.Contains($"4,001 characters long, over the limit of {Limit}", page.Find("#error-need")!.TextContent);
        Assert.Equal("true", page.Find("#field-need")!.GetAttribute("aria-invalid"));
        Assert.Equal(tooLong, page.Find("#field-need")!.TextContent);
        Assert.Equal("Short and fine", page.Find("#field-noticed")!.TextContent);
        Assert.Empty(await a.ListedConcernsAsync(id));
    }

    [Theory, Providers]
    public async Task An_empty_draft_is_not_kept_and_asks_kindly_for_a_few_words(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var page = await a.PostNewConcernAsync(id, ConcernIntents.ConcernFields("  ", "\n", ""));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Please write something first", page.Find("#draft-error")!.TextContent);
        Assert.Empty(await a.ListedConcernsAsync(id));

        // Emptying a saved draft is refused the same way; the saved draft stays as it was.
        var concern = await a.DraftConcernAsync(id, "Something real");
        var (_, version) = await a.OpenConcernDraftAsync(id, concern);
        var emptied = await a.SaveConcernDraftAsync(id, concern, version, ConcernIntents.ConcernFields(""));
        Assert.NotNull(emptied.Find("#draft-error"));
        Assert.Equal("Something real", (await a.GetAsync(Paths.Concern(id, concern))).Find("[data-field=noticed]")!.TextContent);
    }

    [Theory, Providers]
    public async Task A_draft_with_nothing_noticed_can_be_kept_but_not_shared(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "", need: "Only a need so far");

        var refused = await a.ShareConcernAsync(id, concern, 2);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Please write what you noticed", refused.Find("#share-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(Paths.Concern(id, concern))).Status);
    }

    [Theory, Providers]
    public async Task Sharing_with_nobody_yourself_or_someone_not_in_the_circle_is_refused_kindly(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "Noticed something");
        var form = await a.OpenShareFormAsync(id, concern);

        var nobody = await a.PostShareAsync(id, concern, form);
        var yourself = await a.PostShareAsync(id, concern, form, 1);
        var emptySeat = await a.PostShareAsync(id, concern, form, 5);
        var mixed = await a.PostShareAsync(id, concern, form, 2, 7);

        Assert.Contains("Please choose at least one person", nobody.Find("#share-error")!.TextContent);
        foreach (var page in new[] { yourself, emptySeat, mixed })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("only with people who are in this circle now", page.Find("#share-error")!.TextContent);
            Assert.Contains("Nothing was shared", page.Find("#share-error")!.TextContent);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(Paths.Concern(id, concern))).Status);
        Assert.Equal(nameof(ConcernStage.Draft), (await a.GetAsync(Paths.Concern(id, concern))).Find("#concern-status")!.GetAttribute("data-stage"));
    }

    [Theory, Providers]
    public async Task Sharing_twice_changes_nothing_and_a_shared_concern_is_no_longer_edited(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, c, id) = (circle[0], circle[2], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "As shared");
        var form = await a.OpenShareFormAsync(id, concern);
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostShareAsync(id, concern, form, 2)).Status);

        var again = await a.PostShareAsync(id, concern, form, 3);
        var edit = await a.GetAsync(Paths.EditConcern(id, concern));
        var save = await a.SaveConcernDraftAsync(id, concern, int.Parse(form.Version, CultureInfo.InvariantCulture), ConcernIntents.ConcernFields("Changed after sharing"));
        var delete = await a.PostFormAsync(Paths.DeleteConcernDraft(id, concern));

        foreach (var page in new[] { again, edit, save, delete })
        {
            Assert.Equal($"{Paths.Concern(id, concern)}?notice=already-shared", page.Location);
        }

        Assert.Contains("already been shared", (await a.FollowAsync(again)).Find("#concern-notice")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync(Paths.Concern(id, concern))).Status);
        var read = await circle[1].GetAsync(Paths.Concern(id, concern));
        Assert.Equal("As shared", read.Find("[data-field=noticed]")!.TextContent);
        Assert.Contains("Shared with you on", read.Find("#concern-status")!.TextContent);
    }

    [Theory, Providers]
    public async Task Sharing_from_a_page_opened_before_the_draft_changed_or_someone_joined_asks_to_check_again(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "First version");
        var stale = await a.OpenShareFormAsync(id, concern);
        var (_, version) = await a.OpenConcernDraftAsync(id, concern);
        await a.SaveConcernDraftAsync(id, concern, version, ConcernIntents.ConcernFields("Second version"));

        var changed = await a.PostShareAsync(id, concern, stale, 2);
        Assert.Contains("read it again before you share it", changed.Find("#share-error")!.TextContent);
        Assert.Contains("Second version", changed.Find("#share-preview")!.TextContent);

        // Someone joins while the page is open: seats may have changed hands, so nothing is shared.
        var fresh = await a.OpenShareFormAsync(id, concern);
        using var cedar = await app.SignUpAsync();
        await cedar.JoinCircleAsync(id, await a.InviteAsync(id), "Cedar");
        var rosterChanged = await a.PostShareAsync(id, concern, fresh, 2);
        Assert.Contains("Someone joined or left the circle", rosterChanged.Find("#share-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(Paths.Concern(id, concern))).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await a.ShareConcernAsync(id, concern, 2)).Status);
        Assert.Equal("Second version", (await b.GetAsync(Paths.Concern(id, concern))).Find("[data-field=noticed]")!.TextContent);
    }

    [Theory, Providers]
    public async Task An_over_long_or_empty_reply_is_not_sent_and_the_text_stays(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var concern = await a.RaiseConcernAsync(id, "Noticed", [2]);
        var tooLong = string.Concat(Enumerable.Repeat("Long reply. ", 400)) + "The end.";

        var over = await b.ReplyToConcernAsync(id, concern, tooLong);
        var empty = await b.ReplyToConcernAsync(id, concern, "   ");

        Assert.Equal(HttpStatusCode.OK, over.Status);
        Assert.Contains($"over the limit of {Limit}", over.Find("#reply-error")!.TextContent);
        Assert.Equal(tooLong, over.Find("#reply")!.TextContent);
        Assert.Contains("Please write your reply first", empty.Find("#reply-error")!.TextContent);
        Assert.Empty((await a.GetAsync(Paths.Concern(id, concern))).Replies());
    }

    [Theory, Providers]
    public async Task An_outcome_is_recorded_once_by_someone_involved_and_a_made_up_outcome_is_refused(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        var concern = await a.RaiseConcernAsync(id, "Noticed", [2]);

        var notChosen = await b.RecordOutcomeAsync(id, concern, "");
        var madeUp = await b.RecordOutcomeAsync(id, concern, "CatchACheater");
        var number = await b.RecordOutcomeAsync(id, concern, "42");
        var outsider = await c.RecordOutcomeAsync(id, concern, ConcernOutcome.PartingWays);
        foreach (var page in new[] { notChosen, madeUp, number })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Please choose what you decided together", page.Find("#outcome-error")!.TextContent);
        }

        Assert.Equal(HttpStatusCode.NotFound, outsider.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await b.RecordOutcomeAsync(id, concern, ConcernOutcome.Recommitted)).Status);
        var second = await a.RecordOutcomeAsync(id, concern, ConcernOutcome.PartingWays);
        Assert.Equal($"{Paths.Concern(id, concern)}?notice=already-closed#outcome", second.Location);
        var page2 = await a.FollowAsync(second);
        Assert.Equal(nameof(ConcernOutcome.Recommitted), page2.Find("#recorded-outcome")!.GetAttribute("data-outcome"));
        Assert.Contains("already been recorded", page2.Find("#concern-notice")!.TextContent);

        // No reply after the outcome; what was typed is shown back to keep.
        var late = await b.ReplyToConcernAsync(id, concern, "One more thing I meant to say");
        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.Equal("One more thing I meant to say", late.Find("#unsent-reply")!.TextContent);
        Assert.Empty((await a.GetAsync(Paths.Concern(id, concern))).Replies());
    }

    [Theory, Providers]
    public async Task A_clause_that_is_not_in_the_active_agreement_is_refused_and_the_text_kept(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var page = await a.PostNewConcernAsync(id, ConcernIntents.ConcernFields("Noticed something", clause: Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("isn't in your active agreement", page.Find("#draft-error")!.TextContent);
        Assert.Equal("Noticed something", page.Find("#field-noticed")!.TextContent);
        Assert.Empty(await a.ListedConcernsAsync(id));
    }

    [Theory, Providers]
    public async Task The_author_cannot_reply_to_or_settle_a_draft_nobody_else_has_seen(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var concern = await a.DraftConcernAsync(id, "Draft only");

        var reply = await a.ReplyToConcernAsync(id, concern, "Talking to myself");
        var outcome = await a.RecordOutcomeAsync(id, concern, ConcernOutcome.Recommitted);

        Assert.Equal(Paths.Concern(id, concern), reply.Location);
        Assert.Equal(Paths.Concern(id, concern), outcome.Location);
        var draft = await a.GetAsync(Paths.Concern(id, concern));
        Assert.Equal(nameof(ConcernStage.Draft), draft.Find("#concern-status")!.GetAttribute("data-stage"));
        Assert.Null(draft.Find("#replies"));
    }
}
