using System.Net;
using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Concerns;

/// <summary>
/// Issue 6: the private self-check. Only its author ever sees it; each path ends with concrete next
/// steps; turning it into a message makes a private draft and shares nothing by itself.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class SelfCheckTests(SharedApps apps)
{
    private static readonly string Offered = TestCatalogue.Behaviours.First(b => !b.Autonomy).Id;
    private static readonly string Autonomy = TestCatalogue.Behaviours.First(b => b.Autonomy).Id;

    [Theory, Providers]
    public async Task A_self_check_is_never_visible_to_anyone_else(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, id) = (circle[0], circle.Circle);
        using var outsider = await app.SignUpAsync();
        var doing = $"Replying to an old flame late at night {Guid.NewGuid():N}";
        var why = $"I miss being listened to {Guid.NewGuid():N}";
        var check = await a.SelfCheckAsync(id, SelfCheckReason.SeekingAttention, doing, why, Offered);

        var own = await a.GetAsync(Paths.SelfCheckResult(id, check));
        Assert.Equal(doing, own.Find("#noted-doing")!.TextContent);
        Assert.Equal(why, own.Find("#noted-why")!.TextContent);

        foreach (var other in new[] { circle[1], circle[2], outsider })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Paths.SelfCheckResult(id, check))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(Paths.SelfCheckToMessage(id, check))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(Paths.DeleteSelfCheck(id, check))).Status);
            await other.GetAsync(Paths.SelfCheck(id));
            await other.GetAsync(Paths.Circle(id));
            await other.GetAsync(Paths.Concerns(id));
            var leaked = other.History.Where(p => p.Body.Contains(doing, StringComparison.Ordinal) || p.Body.Contains(why, StringComparison.Ordinal) || p.Body.Contains(check.ToString(), StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"The self-check reached someone else on: {string.Join(", ", leaked)}");
        }

        // Still there, unchanged, for its author; the others' own self-check pages list nothing.
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(Paths.SelfCheckResult(id, check))).Status);
        Assert.Null((await circle[1].GetAsync(Paths.SelfCheck(id))).Find("#earlier-self-checks"));
        Assert.NotNull((await a.GetAsync(Paths.SelfCheck(id))).Find($"#earlier-self-checks a[href='{Paths.SelfCheckResult(id, check)}']"));
    }

    [Theory]
    [InlineData(SelfCheckReason.DidntRealise)]
    [InlineData(SelfCheckReason.SeekingAttention)]
    [InlineData(SelfCheckReason.NoLongerInvested)]
    public async Task Each_path_ends_with_its_concrete_next_steps(SelfCheckReason reason)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var check = await a.SelfCheckAsync(id, reason, "Something I've been doing");

        var page = await a.GetAsync(Paths.SelfCheckResult(id, check));
        Assert.Equal(reason.ToString(), page.Find("#next-steps")!.GetAttribute("data-path"));
        Assert.Equal(
            SelfCheckPaths.NextSteps(reason).Select(s => s.ToString()),
            page.FindAll("#next-steps li[data-step]").Select(li => li.GetAttribute("data-step")!));
        Assert.All(page.FindAll("#next-steps li[data-step] h3"), h => Assert.False(string.IsNullOrWhiteSpace(h.TextContent)));
        var links = page.FindAll("#next-steps a").Select(e => e.GetAttribute("href")).ToList();
        switch (reason)
        {
            case SelfCheckReason.DidntRealise:
                Assert.Contains(Paths.Agreement(id), links);
                Assert.Contains("you can stop", page.Find("#next-steps")!.TextContent);
                break;
            case SelfCheckReason.SeekingAttention:
                Assert.StartsWith("I've noticed", page.Find("#next-steps blockquote.starter")!.TextContent, StringComparison.Ordinal);
                Assert.Contains("/help", links);
                break;
            default:
                Assert.Contains(Paths.Parting(id), links);
                Assert.Contains("/help", links);
                Assert.Contains("isn't a failure", page.Find("#next-steps")!.TextContent);
                break;
        }
    }

    [Theory, Providers]
    public async Task Turning_a_self_check_into_a_message_makes_a_private_draft_without_the_private_why(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var why = $"The private reason {Guid.NewGuid():N}";
        var check = await a.SelfCheckAsync(id, SelfCheckReason.DidntRealise, "Liking an ex's photos", why, Offered);

        var made = await a.PostFormAsync(Paths.SelfCheckToMessage(id, check));

        var concern = ConcernIntents.ConcernIn(made.Location!);
        Assert.Equal(Paths.EditConcern(id, concern), made.Location);
        var edit = await a.FollowAsync(made);
        var noticed = edit.Find("#field-noticed")!.TextContent;
        Assert.Contains("Liking an ex's photos", noticed);
        Assert.Contains(TestCatalogue.Catalogue.Find(Offered)!.Label, noticed);
        Assert.StartsWith("I realised something I've been doing", edit.Find("#field-felt")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(why, edit.Body, StringComparison.Ordinal);
        Assert.NotNull((await a.GetAsync(Paths.Concern(id, concern))).Find("#from-self-check"));

        // Nothing was shared: Birch sees nothing, and the self-check itself is still private and intact.
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(Paths.Concern(id, concern))).Status);
        Assert.Empty(await b.ListedConcernsAsync(id));
        Assert.Equal([concern], await a.ListedConcernsAsync(id, "#my-drafts"));
        Assert.Equal(why, (await a.GetAsync(Paths.SelfCheckResult(id, check))).Find("#noted-why")!.TextContent);

        // Once the author shares it, the recipient never learns it began as a self-check.
        Assert.Equal(HttpStatusCode.Redirect, (await a.ShareConcernAsync(id, concern, 2)).Status);
        var received = await b.GetAsync(Paths.Concern(id, concern));
        Assert.Null(received.Find("#from-self-check"));
        Assert.DoesNotContain("self-check", received.Find("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, Providers]
    public async Task Autonomy_behaviours_are_not_offered_and_cannot_be_posted(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);

        var form = await a.GetAsync(Paths.SelfCheck(id));
        Assert.NotNull(form.Find($"input[name=Behaviours][value='{Offered}']"));
        Assert.Null(form.Find($"input[name=Behaviours][value='{Autonomy}']"));
        Assert.NotNull(form.Find("#autonomy-note a[href='/help']"));

        // Posted anyway, it is dropped; with nothing else chosen, that is "nothing chosen".
        var onlyAutonomy = await a.PostSelfCheckAsync(id, ConcernIntents.SelfCheckFields([Autonomy], "", nameof(SelfCheckReason.DidntRealise)));
        Assert.Equal(HttpStatusCode.OK, onlyAutonomy.Status);
        Assert.Contains("Please tick a behaviour or write a few words", onlyAutonomy.Find("#self-check-error")!.TextContent);

        var check = await a.SelfCheckAsync(id, SelfCheckReason.DidntRealise, "", "", Autonomy, Offered);
        var saved = await a.GetAsync(Paths.SelfCheckResult(id, check));
        Assert.Equal([TestCatalogue.Catalogue.Find(Offered)!.Label], saved.FindAll("#noted-behaviours li").Select(li => li.TextContent));
    }

    [Theory, Providers]
    public async Task Bad_input_keeps_everything_chosen_and_written(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var tooLong = new string('y', ConcernText.MaxLength + 1);

        var nothing = await a.PostSelfCheckAsync(id, ConcernIntents.SelfCheckFields([], " ", null));
        var noReason = await a.PostSelfCheckAsync(id, ConcernIntents.SelfCheckFields([Offered], "Kept words", null, "Kept why"));
        var overLong = await a.PostSelfCheckAsync(id, ConcernIntents.SelfCheckFields([Offered], "Fine", nameof(SelfCheckReason.NoLongerInvested), tooLong));
        var madeUpReason = await a.PostSelfCheckAsync(id, ConcernIntents.SelfCheckFields([Offered], "Fine", "Bored"));

        Assert.Equal(2, nothing.FindAll("#self-check-error li").Count);
        Assert.Contains("Please choose the reason that comes closest", noReason.Find("#self-check-error")!.TextContent);
        Assert.Equal("Kept words", noReason.Find("#doing")!.TextContent);
        Assert.Equal("Kept why", noReason.Find("#why")!.TextContent);
        Assert.NotNull(noReason.Find($"input[name=Behaviours][value='{Offered}'][checked]"));
        Assert.Contains("over the limit of 4,000", overLong.Find("#why-error")!.TextContent);
        Assert.Equal(tooLong, overLong.Find("#why")!.TextContent);
        Assert.NotNull(overLong.Find($"input[name=Reason][value='{nameof(SelfCheckReason.NoLongerInvested)}'][checked]"));
        Assert.NotNull(madeUpReason.Find("#self-check-error"));
        Assert.Null((await a.GetAsync(Paths.SelfCheck(id))).Find("#earlier-self-checks"));
    }

    [Theory, Providers]
    public async Task The_author_can_delete_a_self_check_for_good(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var check = await a.SelfCheckAsync(id, SelfCheckReason.NoLongerInvested, "Pulling away");

        var deleted = await a.PostFormAsync(Paths.DeleteSelfCheck(id, check));

        Assert.Equal($"{Paths.SelfCheck(id)}?notice=deleted", deleted.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(Paths.SelfCheckResult(id, check))).Status);
    }
}
