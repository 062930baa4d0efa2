using System.Net;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>Issue 6, "Check-ins": answered in private, revealed together with the clauses flagged and an agenda.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CheckInTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Partners_check_in_and_see_each_others_scores_the_flagged_clauses_and_an_agenda(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var version = await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("We tell each other when an ex gets in touch."), new TestClause("No dating apps."));
        var clauses = (await AgreementSetup.VersionAsync(app, circle, version)).Document.Clauses;

        var number = await a.StartCheckInAsync(id);
        Assert.Equal(1, number);
        var form = await a.GetAsync(Paths.CheckIn(id, number));
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(CheckInItems.All, form.FindAll("fieldset.scale").Select(f => f.GetAttribute("data-item")));
        Assert.All(form.FindAll("fieldset.scale"), f => Assert.Equal(7, f.QuerySelectorAll("input[type=radio]").Length));
        Assert.Equal(clauses.Select(c => c.Id.ToString()), form.FindAll("fieldset.clause-feeling").Select(f => f.GetAttribute("data-clause")));

        await a.CheckInAsync(id, number, [.. Scores(5, (CheckInItems.Heard, 2)), Feeling(clauses[0].Id, ClauseFeeling.HardToKeep),
            Feeling(clauses[1].Id, ClauseFeeling.StillFits), Appreciation("You cooked on Tuesday."), Topics("Weekend plans\n- Money")]);
        await b.CheckInAsync(id, number, [.. Scores(4), Feeling(clauses[0].Id, ClauseFeeling.WantToRevisit), Appreciation("Thanks for the walk.")]);

        foreach (var person in new[] { a, b })
        {
            var page = await person.GetAsync(Paths.CheckIn(id, number));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var table = page.ScoresTable();
            Assert.Equal(["5 of 6", "4 of 6"], table[CheckInItems.Satisfied]);
            Assert.Equal(["2 of 6", "4 of 6"], table[CheckInItems.Heard]);

            var flag = Assert.Single(page.FindAll("#flagged-clauses li[data-clause]"));
            Assert.Equal(clauses[0].Id.ToString(), flag.GetAttribute("data-clause"));
            Assert.Contains(person == a ? "for you" : "for Alder", flag.TextContent, StringComparison.Ordinal);
            Assert.Contains(person == b ? "asked by you" : "asked by Birch", flag.TextContent, StringComparison.Ordinal);

            // The agenda: review → topics → action points → reconnect.
            Assert.Equal(["agenda-review", "agenda-topics", "agenda-actions", "agenda-reconnect"], page.FindAll("#agenda > ol > li").Select(li => li.Id));
            Assert.Contains("We tell each other when an ex gets in touch.", page.Find("#agenda-review")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("No dating apps.", page.Find("#agenda")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(["Weekend plans", "Money"], page.FindAll("#agenda-topics .topic-text").Select(e => e.TextContent));
            Assert.Equal(["RevisitClause", "OneSmallThing"], page.FindAll("#agenda-actions li[data-action]").Select(li => li.GetAttribute("data-action")));
            Assert.Contains("You cooked on Tuesday.", page.Find("#agenda-reconnect")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Thanks for the walk.", page.Find("#agenda-reconnect")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.Find("#drop-support"));
        }

        // The list and the circle's home say it is done, and the next one is a month away.
        var list = await a.GetAsync(Paths.CheckIns(id));
        Assert.Equal("true", list.Find("li[data-check-in='1']")!.GetAttribute("data-revealed"));
        Assert.Equal("NotYet", (await b.GetAsync(Paths.Circle(id))).Find("#check-in-summary #check-in-due")!.GetAttribute("data-due"));
    }

    [Theory, Providers]
    public async Task Three_partners_see_nothing_until_the_third_submits_then_everyone_sees_all_three(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        var version = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We say when plans change."));
        var clause = Assert.Single((await AgreementSetup.VersionAsync(app, circle, version)).Document.Clauses).Id;

        var number = await b.StartCheckInAsync(id);
        Assert.Equal(number, await c.StartCheckInAsync(id));
        await a.CheckInAsync(id, number, [.. Scores(6), Topics("Marigold topic"), Feeling(clause, ClauseFeeling.HardToKeep)]);
        await b.CheckInAsync(id, number, [.. Scores(1), Topics("Juniper topic"), Feeling(clause, ClauseFeeling.HardToKeep)]);

        foreach (var person in new[] { a, b, c })
        {
            var page = await person.GetAsync(Paths.CheckIn(id, number));
            Assert.Null(page.Find("#check-in-scores"));
            Assert.Null(page.Find("#agenda"));
            Assert.DoesNotContain(person == a ? "Juniper" : "Marigold", page.Body, StringComparison.Ordinal);
            if (person != c)
            {
                Assert.Equal("Still to submit: Cedar.", page.Find("#waiting-for")!.TextContent.Trim());
            }
        }

        await c.CheckInAsync(id, number, [.. Scores(3), Topics("Sorrel topic"), Appreciation("Glad we're three.")]);

        foreach (var person in new[] { a, b, c })
        {
            var page = await person.GetAsync(Paths.CheckIn(id, number));
            Assert.Equal(["6 of 6", "1 of 6", "3 of 6"], page.ScoresTable()[CheckInItems.Secure]);
            Assert.Equal(["Marigold topic", "Juniper topic", "Sorrel topic"], page.FindAll("#agenda-topics .topic-text").Select(e => e.TextContent));
            var flag = Assert.Single(page.FindAll("#flagged-clauses li[data-clause]")).TextContent;
            // Names make a sentence: the reader last, as "you" (never "Alder, You").
            Assert.Contains(person == a ? "for Birch and you" : person == b ? "for Alder and you" : "for Alder and Birch", flag, StringComparison.Ordinal);
            Assert.Contains(person == c ? "Hard to keep for Alder and Birch." : "and you.", page.Find("#agenda-review")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(", You", page.Find("#agenda")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("fits everyone", page.Find("#agenda-actions")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("ChooseTopics", page.FindAll("#agenda-actions li").Select(li => li.GetAttribute("data-action")));
        }
    }

    [Theory, Providers]
    public async Task Someone_leaving_an_open_check_in_no_longer_holds_it_back(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch", "Cedar");
        var (a, b, c, id) = (circle[0], circle[1], circle[2], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        await a.CheckInAsync(id, number, [.. Scores(4), Topics("Quince topic")]);
        await c.SaveCheckInAsync(id, number, [.. Scores(2), Topics("Cedar's unsent topic")]);
        await b.CheckInAsync(id, number, Scores(5));

        Assert.Equal(HttpStatusCode.Redirect, (await c.LeaveAsync(id)).Status);

        var page = await a.GetAsync(Paths.CheckIn(id, number));
        Assert.Equal(["4 of 6", "5 of 6"], page.ScoresTable()[CheckInItems.Close]);
        Assert.DoesNotContain("Cedar", page.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync(Paths.CheckIn(id, number))).Status);
    }

    [Theory, Providers]
    public async Task Starting_needs_a_partner_and_a_second_start_opens_the_same_check_in(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var alone = await app.SignUpAsync();
        var solo = await alone.CreateCircleAsync();
        var refused = await alone.PostFormAsync(Paths.StartCheckIn(solo));
        Assert.Equal($"{Paths.CheckIns(solo)}?notice=NeedsPartners", refused.Location);
        Assert.Contains("needs at least two people", (await alone.FollowAsync(refused)).Find("#needs-partners")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("NeedsPartners", (await alone.GetAsync(Paths.Circle(solo))).Find("#check-in-due")!.GetAttribute("data-due"));

        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        Assert.Equal("Due", (await circle[1].GetAsync(Paths.Circle(circle.Circle))).Find("#check-in-due")!.GetAttribute("data-due"));
        var first = await circle[0].StartCheckInAsync(circle.Circle);
        Assert.Equal(first, await circle[1].StartCheckInAsync(circle.Circle));
        var home = await circle[1].GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal("Open", home.Find("#check-in-due")!.GetAttribute("data-due"));
        Assert.Equal(Paths.CheckIn(circle.Circle, first), home.Find("#check-in-due a.button")!.GetAttribute("href"));
    }

    [Theory, Providers]
    public async Task The_cadence_can_be_changed_by_anyone_and_a_made_up_one_is_refused(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var id = circle.Circle;
        Assert.Equal("Monthly", (await circle[0].GetAsync(Paths.CheckIns(id))).Find("#cadence input[checked]")!.GetAttribute("value"));

        var saved = await circle[1].PostFormAsync(Paths.CheckInCadence(id), ("Cadence", "Fortnightly"));
        Assert.Equal($"{Paths.CheckIns(id)}?notice=CadenceSaved#cadence", saved.Location);
        Assert.Equal("Fortnightly", (await circle[0].GetAsync(Paths.CheckIns(id))).Find("#cadence input[checked]")!.GetAttribute("value"));

        foreach (var bad in new[] { "Daily", "14", "", "weekly" })
        {
            var refused = await circle[0].PostFormAsync(Paths.CheckInCadence(id), ("Cadence", bad));
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.NotNull(refused.Find("#cadence-error"));
        }

        Assert.Equal("Fortnightly", (await circle[0].GetAsync(Paths.CheckIns(id))).Find("#cadence input[checked]")!.GetAttribute("value"));
    }
}
