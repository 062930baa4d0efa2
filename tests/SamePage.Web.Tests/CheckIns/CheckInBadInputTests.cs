using System.Net;
using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>Issue 6, "Bad input": clear messages, nothing typed lost, nothing half-kept.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CheckInBadInputTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Submitting_twice_says_so_and_changes_nothing(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        await a.CheckInAsync(id, number, [.. Scores(5), Topics("First words")]);

        var again = await a.SubmitCheckInAsync(id, number, [.. Scores(1), Topics("Second words")]);
        Assert.Equal($"{Paths.CheckIn(id, number)}?notice=AlreadySubmitted", again.Location);
        var page = await a.FollowAsync(again);
        Assert.Contains("already submitted this check-in, so nothing changed", page.Find("#already-submitted")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("First words", page.Find("#own-answers")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Second words", page.Body, StringComparison.Ordinal);
        var saveAgain = await a.SaveCheckInAsync(id, number, Scores(0));
        Assert.Equal($"{Paths.CheckIn(id, number)}?notice=AlreadySubmitted", saveAgain.Location);

        await b.CheckInAsync(id, number, Scores(4));
        var revealed = await b.GetAsync(Paths.CheckIn(id, number));
        Assert.Equal(["5 of 6", "4 of 6"], revealed.ScoresTable()[CheckInItems.Trusting]);
        Assert.Equal(["First words"], revealed.FindAll("#agenda-topics .topic-text").Select(e => e.TextContent));

        // After the reveal, a late submit or save goes to the results and changes nothing either.
        Assert.Equal(Paths.CheckIn(id, number), (await b.SubmitCheckInAsync(id, number, Scores(0))).Location);
        Assert.Equal(["5 of 6", "4 of 6"], (await a.GetAsync(Paths.CheckIn(id, number))).ScoresTable()[CheckInItems.Trusting]);
    }

    [Theory, Providers]
    public async Task Out_of_range_scores_are_refused_with_a_clear_message_and_nothing_typed_is_lost(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        await a.SaveCheckInAsync(id, number, Scores(3));

        foreach (var bad in new[] { "7", "-1", "12", "four", "2.5" })
        {
            var page = await a.SubmitCheckInAsync(id, number,
                [.. Scores(5, (CheckInItems.Heard, 0)).Where(f => f.Item1 != "Scores[secure]"), ("Scores[secure]", bad), Topics("Holiday plans"), Appreciation("Thank you")]);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Nothing was saved yet", page.Find("#check-in-error")!.TextContent, StringComparison.Ordinal);
            Assert.Contains($"\"{bad}\" isn't a score we can use", page.Find("#error-secure")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("error-secure", page.Find("#score-secure")!.GetAttribute("aria-describedby"));
            Assert.Null(page.Find("#score-secure input[checked]"));
            Assert.Equal("0", page.Find("#score-heard input[checked]")!.GetAttribute("value"));
            Assert.Equal("5", page.Find("#score-close input[checked]")!.GetAttribute("value"));
            Assert.Equal("Holiday plans", page.Find("#topics")!.TextContent);
            Assert.Equal("Thank you", page.Find("#appreciation")!.TextContent);
        }

        // Nothing of those posts was kept: the saved answers are as before, and nothing was submitted.
        var saved = await a.GetAsync(Paths.CheckIn(id, number));
        Assert.All(CheckInItems.All, item => Assert.Equal("3", saved.Find($"#score-{item} input[checked]")!.GetAttribute("value")));
        Assert.Equal(string.Empty, saved.Find("#topics")!.TextContent);
        Assert.NotNull(saved.Find("#check-in-form"));

        var unknownItem = await a.SaveCheckInAsync(id, number, [.. Scores(4), ("Scores[happiness]", "5")]);
        Assert.Equal(HttpStatusCode.OK, unknownItem.Status);
        Assert.Contains("a question this check-in doesn't ask", unknownItem.Find("#check-in-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_answer_about_a_clause_that_is_not_in_the_active_agreement_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var version = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We keep our phones out of the bedroom."));
        var clause = Assert.Single((await AgreementSetup.VersionAsync(app, circle, version)).Document.Clauses).Id;
        var number = await a.StartCheckInAsync(id);

        (string, string)[][] bad =
        [
            [Feeling(clause, ClauseFeeling.StillFits), Feeling(Guid.NewGuid(), ClauseFeeling.HardToKeep)],
            [Feeling(clause, ClauseFeeling.StillFits), ("Feelings[not-a-clause]", "StillFits")],
            [($"Feelings[{clause}]", "Terrible")],
            [($"Feelings[{clause}]", "1")],
        ];
        foreach (var fields in bad)
        {
            var page = await a.SaveCheckInAsync(id, number, [.. Scores(4), .. fields, Topics("Kept topic")]);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("isn't in your active agreement", page.Find("#check-in-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Kept topic", page.Find("#topics")!.TextContent);
            Assert.Equal("4", page.Find("#score-satisfied input[checked]")!.GetAttribute("value"));
        }

        var saved = await a.GetAsync(Paths.CheckIn(id, number));
        Assert.Null(saved.Find("#check-in-form input[checked]"));

        var fine = await a.SaveCheckInAsync(id, number, [.. Scores(4), Feeling(clause, ClauseFeeling.WantToRevisit)]);
        Assert.Equal($"{Paths.CheckIn(id, number)}?notice=Saved", fine.Location);
        Assert.Equal("WantToRevisit", (await a.FollowAsync(fine)).Find($"fieldset[data-clause='{clause}'] input[checked]")!.GetAttribute("value"));
    }

    [Theory, Providers]
    public async Task Over_long_texts_are_refused_with_their_length_and_stay_in_their_boxes(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);
        var longThanks = new string('t', CheckInText.MaxLength + 1);
        var longTopics = string.Concat(Enumerable.Repeat("Topic line\n", 300));

        var page = await a.SubmitCheckInAsync(id, number, [.. Scores(2), Appreciation(longThanks), Topics(longTopics)]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2,001 characters long, over the limit of 2,000", page.Find("#appreciation-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("#topics-error"));
        Assert.Equal("true", page.Find("#appreciation")!.GetAttribute("aria-invalid"));
        Assert.Equal(longThanks, page.Find("#appreciation")!.TextContent);
        Assert.Equal(longTopics, page.Find("#topics")!.TextContent);
        Assert.Equal("2", page.Find("#score-trusting input[checked]")!.GetAttribute("value"));

        // Nothing was kept or submitted; exactly the limit is fine.
        Assert.NotNull((await a.GetAsync(Paths.CheckIn(id, number))).Find("#check-in-form"));
        var atLimit = new string('t', CheckInText.MaxLength);
        await a.CheckInAsync(id, number, [.. Scores(2), Appreciation(atLimit)]);
        Assert.Contains(atLimit, (await a.GetAsync(Paths.CheckIn(id, number))).Find("#own-answers")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Submitting_without_every_score_keeps_what_was_given_and_says_what_is_missing(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var number = await a.StartCheckInAsync(id);

        var page = await a.SubmitCheckInAsync(id, number, ("Scores[satisfied]", "4"), ("Scores[close]", "6"), Topics("Half done"));

        Assert.Equal($"{Paths.CheckIn(id, number)}?notice=Incomplete", page.Location);
        var shown = await a.FollowAsync(page);
        Assert.Equal(["#score-secure", "#score-heard", "#score-trusting"], shown.FindAll("#incomplete li a").Select(l => l.GetAttribute("href")));
        Assert.Equal("4", shown.Find("#score-satisfied input[checked]")!.GetAttribute("value"));
        Assert.Equal("Half done", shown.Find("#topics")!.TextContent);
        Assert.Contains("waiting for Alder and you", (await circle[1].GetAsync(Paths.CheckIns(id))).Find($"li[data-check-in='{number}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Someone_outside_the_circle_finds_no_check_in_page_file_or_form(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var id = circle.Circle;
        var number = await circle.CheckInTogetherAsync(Scores(4), Scores(5));
        await circle[0].StartCheckInAsync(id);
        using var outsider = await app.SignUpAsync();
        await outsider.CreateCircleAsync();

        foreach (var url in new[] { Paths.CheckIns(id), Paths.CheckIn(id, number), Paths.CheckIn(id, number + 1), Paths.CheckInTrends(id) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DownloadAsync(Paths.CheckInCalendar(id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(Paths.StartCheckIn(id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(Paths.CheckInCadence(id), ("Cadence", "Weekly"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SubmitCheckInAsync(id, number + 1, Scores(0))).Status);
        Assert.Equal("Monthly", (await circle[0].GetAsync(Paths.CheckIns(id))).Find("#cadence input[checked]")!.GetAttribute("value"));

        // Members too get a 404 for a check-in the circle doesn't have.
        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].GetAsync(Paths.CheckIn(id, 99))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[0].SaveCheckInAsync(id, 99, Scores(1))).Status);

        // Signed out: to the sign-in page, as everywhere in circles.
        using var stranger = app.NewPerson();
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync(Paths.CheckIns(id))).Status);
    }
}
