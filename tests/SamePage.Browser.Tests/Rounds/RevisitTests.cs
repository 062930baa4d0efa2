using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

/// <summary>Issue 3, "New round": a revisit starts from your own answers, and shows what changed.</summary>
[Collection(BrowserTests.Name)]
public sealed class RevisitTests(BrowserFixture app)
{
    private const string Sexting = "sexting";

    [Fact]
    public async Task A_revisit_starts_from_your_answers_and_shows_what_changed()
    {
        await using var ren = await Person.OpenAsync(app);
        await using var sol = await Person.OpenAsync(app);
        await ren.SignUpAsync("ren");
        await ren.CreateCircleAsync("Ren and Sol", "Ren");
        var invite = await ren.InviteAsync();
        await sol.SignUpAsync("sol");
        await sol.JoinAsync(invite, "Sol");

        await ren.AnswerAllAsync(_ => Stance.AskFirst);
        await ren.SubmitAsync();
        await sol.AnswerAllAsync(_ => Stance.AskFirst);
        await sol.SubmitAsync();

        // Sol starts round 2: everything is filled in from round 1; Sol changes one answer.
        await sol.OpenCircleAsync();
        await sol.FollowAsync(sol.Button("Start a new round"));
        Assert.Matches("/rounds/2/answer", sol.Path);
        await Expect(sol.Page.Locator("#carried-over")).ToContainTextAsync("round 1");
        await Expect(sol.Page.Locator("fieldset.behaviour input[type=radio][name^='Answers[']:checked")).Not.ToHaveCountAsync(0);
        await sol.GoToAsync(sol.CirclePath + "/rounds/2/answer/online-and-technology");
        await Expect(sol.StanceRadio(Sexting, Stance.AskFirst)).ToBeCheckedAsync();
        await sol.StanceLabel(Sexting, Stance.Betrayal).ClickAsync();
        await sol.FollowAsync(sol.Button("Save"));
        await sol.GoToAsync(sol.CirclePath + "/rounds/2/review");
        await sol.FollowAsync(sol.Button("Submit my answers"));

        // Ren submits round 2 unchanged, straight from the review page.
        await ren.OpenCircleAsync();
        await ren.FollowAsync(ren.Link("Answer the questions"));
        await ren.GoToAsync(ren.CirclePath + "/rounds/2/review");
        await ren.FollowAsync(ren.Button("Submit my answers"));
        Assert.EndsWith("/rounds/2/comparison", ren.Path, StringComparison.Ordinal);
        await Expect(ren.Page.Locator("#since-last-round")).ToContainTextAsync("Since round 1: 1 answer changed.");

        await ren.OpenRoundTabAsync("What changed");
        await Expect(ren.Page.Locator($"ul.changes[data-member] li[data-behaviour='{Sexting}']"))
            .ToContainTextAsync("was “Please check with me first”, now “That would feel like a betrayal”");
        await Expect(ren.Page.Locator($"ul[data-shift='FurtherApart'] li[data-behaviour='{Sexting}']")).ToHaveCountAsync(1);
        await Expect(ren.Page.Locator("#changed-answers")).ToContainTextAsync("Your answers stayed the same.");
    }

    [Fact]
    public async Task A_too_long_behaviour_is_refused_with_the_limit_and_nothing_typed_is_lost()
    {
        await using var ada = await Person.OpenAsync(app);
        await ada.SignUpAsync("ada");
        await ada.CreateCircleAsync("Just me for now", "Ada");
        await ada.OpenCircleAsync();
        await ada.FollowAsync(ada.Link("Add a behaviour of your own"));

        var tooLong = string.Concat(Enumerable.Repeat("Going out dancing with a close friend ", 8));
        await ada.Field("The behaviour").FillAsync(tooLong);
        await ada.Field("Which group does it belong to?").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Time and priority" });
        await ada.Field("Clarification (optional)").FillAsync("Without checking in first");
        await ada.FollowAsync(ada.Button("Add for everyone"));

        await Expect(ada.Page.Locator("#label-error")).ToContainTextAsync("120 characters or fewer");
        await Expect(ada.Field("The behaviour")).ToHaveValueAsync(tooLong);
        await Expect(ada.Field("Clarification (optional)")).ToHaveValueAsync("Without checking in first");
        await Expect(ada.Page.Locator("#custom-behaviours")).ToHaveCountAsync(0);
    }
}
