using System.Net;
using AngleSharp.Dom;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

/// <summary>Issue 4, "Versions and diffs": a readable diff between any two versions of an agreement.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CompareTests(SharedApps apps)
{
    private static IElement Clause(WebPage page, Guid id) =>
        page.Find($"#changes > li[data-clause='{id}']") ?? throw new InvalidOperationException($"Clause {id} is not listed as a change: {page.Text}");

    /// <summary>The text a sighted reader takes as the new wording: struck-out words and screen-reader cues left out.</summary>
    private static string NewWording(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll("del, .visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent;
    }

    private static string OldWording(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll("ins, .visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent;
    }

    [Theory, Providers]
    public async Task The_latest_version_is_compared_with_the_one_before_clause_by_clause_and_word_by_word(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var exes = await app.AddClauseAsync(circle, 0, "We tell each other after we meet an ex.", Expectation.TellMe, notes: "Coffee counts.");
        var datingApps = await app.AddClauseAsync(circle, 0, "No dating-app profiles.", Expectation.NotOk);
        var monthly = await app.AddClauseAsync(circle, 1, "We check in every month.", Expectation.Fine);
        Assert.Equal(1, await app.ProposeDraftAsync(circle, 0));

        var alder = await app.MembershipIdAsync(circle, 0);
        await app.UpdateClauseAsync(circle, 1, exes, c => c with
        {
            Text = "We tell each other before we meet an ex,\nalone or not.",
            Expectation = Expectation.AskFirst,
            AppliesTo = [alder],
            CategoryId = TestCatalogue.Categories[0].Id,
        });
        await app.RemoveClauseAsync(circle, 1, datingApps);
        var flirting = await app.AddClauseAsync(circle, 1, "Flirting at parties is fine.", Expectation.Fine);
        Assert.Equal(2, await app.ProposeDraftAsync(circle, 1));

        var page = await circle[1].GetAsync(Paths.Compare(circle.Circle));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("1 clause added, 1 removed, 1 changed.", page.Find("#diff-summary")!.TextContent.Trim());
        Assert.Equal("1", page.Find("#from option[selected]")!.GetAttribute("value"));
        Assert.Equal("2", page.Find("#to option[selected]")!.GetAttribute("value"));
        Assert.Equal([exes, datingApps, flirting], page.FindAll("#changes > li").Select(li => Guid.Parse(li.GetAttribute("data-clause")!)));
        Assert.All(page.FindAll("#changes > li"), li => Assert.Equal("false", li.GetAttribute("data-moved")));

        var changed = Clause(page, exes);
        Assert.Equal("Changed", changed.GetAttribute("data-kind"));
        Assert.Equal("Changed: wording, expectation, who it applies to, group", changed.QuerySelector(".diff-label")!.TextContent.Trim());
        var wording = changed.QuerySelector("p.diff-text")!;
        Assert.Equal(["after"], wording.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(["before", ",\nalone or not"], wording.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Equal("We tell each other before we meet an ex,\nalone or not.", NewWording(wording));
        Assert.Equal("We tell each other after we meet an ex.", OldWording(wording));
        Assert.Equal(["removed:", "added:", "added:"], wording.QuerySelectorAll(".visually-hidden").Select(e => e.TextContent.Trim()));
        var appliesTo = changed.QuerySelector("[data-field=applies-to]")!;
        Assert.Equal(("Everyone", "Alder"), (appliesTo.QuerySelector("del")!.TextContent, appliesTo.QuerySelector("ins")!.TextContent));
        var expectation = changed.QuerySelector("[data-field=expectation]")!;
        Assert.Equal(("Fine — tell me about it", "Ask first"), (expectation.QuerySelector("del")!.TextContent, expectation.QuerySelector("ins")!.TextContent));
        var group = changed.QuerySelector("[data-field=group]")!;
        Assert.Equal(("Other", TestCatalogue.Categories[0].Title), (group.QuerySelector("del")!.TextContent, group.QuerySelector("ins")!.TextContent));
        Assert.Equal("Coffee counts.", changed.QuerySelector("[data-field=notes]")!.TextContent);
        Assert.Null(changed.QuerySelector("[data-field=notes] ins, [data-field=notes] del"));

        var removed = Clause(page, datingApps);
        Assert.Equal("Removed", removed.QuerySelector(".diff-label")!.TextContent.Trim());
        Assert.Equal("No dating-app profiles.", removed.QuerySelector("p.diff-text del")!.TextContent);
        Assert.Null(removed.QuerySelector("p.diff-text ins"));

        var added = Clause(page, flirting);
        Assert.Equal("Added", added.QuerySelector(".diff-label")!.TextContent.Trim());
        Assert.Equal("Flirting at parties is fine.", added.QuerySelector("p.diff-text ins")!.TextContent);
        Assert.Equal("Everyone", added.QuerySelector("[data-field=applies-to]")!.TextContent.Trim());

        Assert.Null(page.Find($"#changes > li[data-clause='{monthly}']"));
        Assert.Contains("1 clause stayed the same", page.Find("#unchanged summary")!.TextContent);
        Assert.Equal([monthly.ToString()], page.FindAll("#unchanged li").Select(li => li.GetAttribute("data-clause")));
    }

    [Theory, Providers]
    public async Task Any_two_versions_can_be_picked_in_either_direction(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var first = await app.AddClauseAsync(circle, 0, "We say goodnight.");
        await app.ProposeDraftAsync(circle, 0);
        var second = await app.AddClauseAsync(circle, 0, "We share our calendars.");
        await app.ProposeDraftAsync(circle, 0);
        await app.MoveClauseAsync(circle, 1, second, up: true);
        await app.ProposeDraftAsync(circle, 1);

        var latest = await circle[0].GetAsync(Paths.Compare(circle.Circle));
        Assert.Equal("From version 2 to version 3", latest.Find("#diff-heading")!.TextContent.Trim());
        Assert.Equal("1 clause moved.", latest.Find("#diff-summary")!.TextContent.Trim());
        var moved = Assert.Single(latest.FindAll("#changes > li"));
        Assert.Equal(("Unchanged", "true"), (moved.GetAttribute("data-kind"), moved.GetAttribute("data-moved")));
        Assert.Equal("Moved to a new place", moved.QuerySelector(".diff-label")!.TextContent.Trim());
        var stayed = Assert.Single(latest.FindAll("#unchanged li")).GetAttribute("data-clause");
        Assert.Equal(new[] { first, second }.Select(g => g.ToString()).Order(), new[] { moved.GetAttribute("data-clause"), stayed }.Order());

        var forward = await circle[0].GetAsync(Paths.Compare(circle.Circle, 1, 3));
        Assert.Equal("From version 1 to version 3", forward.Find("#diff-heading")!.TextContent.Trim());
        Assert.Equal("Added", Clause(forward, second).GetAttribute("data-kind"));
        Assert.Null(forward.Find("#backwards"));

        var backward = await circle[0].GetAsync(Paths.Compare(circle.Circle, 3, 1));
        Assert.Equal(HttpStatusCode.OK, backward.Status);
        Assert.Equal("Removed", Clause(backward, second).GetAttribute("data-kind"));
        Assert.NotNull(backward.Find("#backwards"));
        Assert.Equal(("3", "1"), (backward.Find("#from option[selected]")!.GetAttribute("value"), backward.Find("#to option[selected]")!.GetAttribute("value")));
        Assert.Equal(["3", "2", "1"], backward.FindAll("#from option").Select(o => o.GetAttribute("value")));

        // Only "to" given: compared with the version just before it.
        var onlyTo = await circle[0].GetAsync(Paths.Compare(circle.Circle, to: "2"));
        Assert.Equal("From version 1 to version 2", onlyTo.Find("#diff-heading")!.TextContent.Trim());
        Assert.Equal([second], onlyTo.FindAll("#changes > li").Select(li => Guid.Parse(li.GetAttribute("data-clause")!)));
        Assert.Equal([first.ToString()], onlyTo.FindAll("#unchanged li").Select(li => li.GetAttribute("data-clause")));
    }

    [Theory, Providers]
    public async Task Who_a_clause_applies_to_is_named_as_each_version_knew_them(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var cedars = await app.AddClauseAsync(circle, 2, "Cedar asks before staying over with a friend.", Expectation.AskFirst, appliesTo: [2]);
        await app.AddClauseAsync(circle, 0, "We keep our promises.");
        await app.ProposeDraftAsync(circle, 0);
        await circle[2].LeaveAsync(circle.Circle); // the draft no longer names Cedar: the clause that named only them goes
        await app.ProposeDraftAsync(circle, 0);

        var page = await circle[1].GetAsync(Paths.Compare(circle.Circle));

        var removed = Clause(page, cedars);
        Assert.Equal("Removed", removed.GetAttribute("data-kind"));
        Assert.Equal("Cedar", removed.QuerySelector("[data-field=applies-to]")!.TextContent.Trim());
    }

    [Theory, Providers]
    public async Task Two_versions_that_say_the_same_thing_say_so(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var clause = await app.AddClauseAsync(circle, 0, "We tell each other.");
        await app.ProposeDraftAsync(circle, 0);
        await app.UpdateClauseAsync(circle, 1, clause, c => c with { Text = "We tell each other first." });
        await app.UpdateClauseAsync(circle, 1, clause, c => c with { Text = "We tell each other." });
        await app.ProposeDraftAsync(circle, 1); // version 1 was withdrawn when the draft changed

        var page = await circle[0].GetAsync(Paths.Compare(circle.Circle));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("These two versions say exactly the same thing.", page.Find("#diff-summary")!.TextContent.Trim());
        Assert.Empty(page.FindAll("#changes > li"));
        Assert.Single(page.FindAll("#unchanged li"));
    }

    [Theory, Providers]
    public async Task With_fewer_than_two_versions_the_page_explains_what_a_version_is(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");

        var none = await circle[0].GetAsync(Paths.Compare(circle.Circle, "1", "2"));
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Contains("no versions yet", none.Find("#too-few-versions")!.TextContent);
        Assert.Contains("A version is a frozen copy of your agreement", none.Find("#too-few-versions")!.TextContent);
        Assert.Null(none.Find("#version-picker"));

        await app.AddClauseAsync(circle, 0, "We tell each other.");
        await app.ProposeDraftAsync(circle, 0);
        var one = await circle[1].GetAsync(Paths.Compare(circle.Circle));
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Contains("one version so far", one.Find("#too-few-versions")!.TextContent);
        Assert.NotNull(one.Find($"#too-few-versions a[href='{Paths.Version(circle.Circle, 1)}']"));
    }

    [Theory, Providers]
    public async Task Version_numbers_that_do_not_exist_or_are_not_numbers_get_a_kind_message(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await app.AddClauseAsync(circle, 0, "We tell each other.");
        await app.ProposeDraftAsync(circle, 0);
        await app.AddClauseAsync(circle, 0, "We ask first.");
        await app.ProposeDraftAsync(circle, 0);
        var member = circle[0];

        foreach (var (from, to, shown) in new[]
        {
            ("9", "2", "9"), ("1", "0", "0"), ("-1", "2", "-1"), ("abc", "2", "abc"), ("1", "99999999999", "99999999999"),
            ("1.5", null, "1.5"), ("<b>2</b>", "1", "<b>2</b>"), (new string('7', 500), "1", new string('7', 20) + "…"),
        })
        {
            var page = await member.GetAsync(Paths.Compare(circle.Circle, from, to));
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{page} for from={from}, to={to}");
            Assert.Contains($"There is no version “{shown}” of your agreement", page.Find("#unknown-version")!.TextContent);
            Assert.NotNull(page.Find("#version-picker select#from"));
            Assert.Null(page.Find("#changes"));
            Assert.Null(page.Find("#unknown-version b"));
        }

        var same = await member.GetAsync(Paths.Compare(circle.Circle, 2, 2));
        Assert.Equal(HttpStatusCode.OK, same.Status);
        Assert.Contains("You picked version 2 twice", same.Find("#same-version")!.TextContent);

        var blank = await member.GetAsync(Paths.Compare(circle.Circle, " ", ""));
        Assert.Equal(HttpStatusCode.OK, blank.Status);
        Assert.Equal("From version 1 to version 2", blank.Find("#diff-heading")!.TextContent.Trim());
    }

    [Theory, Providers]
    public async Task Only_members_of_the_circle_can_see_its_versions_compared(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        await app.AddClauseAsync(circle, 0, "Only for us.");
        await app.ProposeDraftAsync(circle, 0);
        await app.AddClauseAsync(circle, 0, "Also only for us.");
        await app.ProposeDraftAsync(circle, 0);
        using var stranger = await app.SignUpAsync();
        using var anonymous = app.NewPerson();

        foreach (var url in new[] { Paths.Compare(circle.Circle), Paths.Compare(circle.Circle, 1, 2), Paths.Compare(circle.Circle, "x", "y") })
        {
            var page = await stranger.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain("only for us", page.Body, StringComparison.OrdinalIgnoreCase);
            var signedOut = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
            Assert.StartsWith("/signin", new Uri(new Uri("http://localhost"), signedOut.Location).AbsolutePath, StringComparison.Ordinal);
        }

        await circle[1].LeaveAsync(circle.Circle);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[1].GetAsync(Paths.Compare(circle.Circle))).Status);
    }
}
