using Microsoft.Playwright;
using SamePage.Core.Stances;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// Every page of two partners' path through SamePage, from the home page to a check-in's results, a
/// concern and the settings, driven through the page objects (so axe runs on each page as it is
/// reached). At each page the test's <c>see</c> is called with the person looking at it and a name for
/// the page; a page whose look depends on what was just chosen (the questionnaire, a check-in) is seen
/// with the choices made.
/// </summary>
public static class TwoPartnerFlow
{
    public static async Task WalkAsync(BrowserFixture app, Func<Person, string, Task> see)
    {
        ArgumentNullException.ThrowIfNull(see);
        await using var ada = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app);

        await ada.GoToAsync("/");
        await see(ada, "home");
        await ada.GoToAsync("/help");
        await see(ada, "help");
        await ada.GoToAsync("/safety-check");
        await see(ada, "safety-check");
        await ada.GoToAsync("/signin");
        await see(ada, "sign-in");
        await ada.GoToAsync("/signup");
        await see(ada, "sign-up");
        await ada.SignUpAsync("ada");

        await ada.GoToAsync("/circles");
        await see(ada, "circles");
        await ada.FollowAsync(ada.Link("Start a circle"));
        await see(ada, "circle-new");
        await ada.GoToAsync("/circles");
        await ada.CreateCircleAsync("Ada and Bea", "Ada");
        await see(ada, "circle");
        await ada.FollowAsync(ada.Link("Invite someone"));
        await see(ada, "invite");
        var invite = await ada.InviteAsync();
        await see(ada, "invite-created");

        await bea.SignUpAsync("bea");
        await bea.GoToAsync(invite);
        await see(bea, "join");
        await bea.JoinHereAsync("Bea");
        await see(bea, "circle-joined");

        // The questionnaire, each page seen once its answers are chosen, then "How I connect".
        await ada.StartAnsweringAsync();
        for (var number = 1; !ada.OnStylePage; number++)
        {
            Assert.True(number < 30, "The questionnaire did not reach How I connect.");
            await ada.AnswerThisPageAsync(Spread);
            await see(ada, $"questionnaire-{number}");
            await ada.FollowAsync(ada.Button("Save and continue"));
        }

        await ada.Page.Locator("fieldset.style-item label.segment").Nth(1).ClickAsync();
        await see(ada, "how-i-connect");
        await ada.FollowAsync(ada.Button("Save and review"));
        await see(ada, "review");
        await ada.SubmitAsync();
        await see(ada, "waiting");

        await bea.AnswerAllAsync(b => b.Length % 2 == 0 ? Stance.TellMe : Stance.Fine);
        await bea.SubmitAsync();
        await ada.OpenComparisonAsync();
        await see(ada, "comparison");
        var comparison = new ComparisonView(ada.Page);
        var behaviour = await comparison.ItemsOf("HotSpot").Or(comparison.ItemsOf("Difference")).First.GetAttributeAsync("data-behaviour");
        await ada.FollowAsync(comparison.TalkItThrough);
        await see(ada, "talk");

        // The agreement: a clause from the comparison, the draft, signing, the versions.
        await ada.OpenComparisonAsync();
        await ada.AddToAgreementFromComparisonAsync(behaviour!);
        await see(ada, "clause-suggestion");
        await ada.RewordClauseAsync("We tell each other when an old flame gets in touch, the same day if we can.");
        await see(ada, "agreement-draft");
        await ada.ProposeDraftAsync();
        await see(ada, "signing");
        await ada.SignThisVersionAsync();
        await bea.OpenAgreementAsync();
        await bea.FollowAsync(bea.Link("Read and sign version 1"));
        await bea.SignThisVersionAsync();
        await see(bea, "agreement-signed");
        await bea.FollowAsync(bea.Link("All versions"));
        await see(bea, "versions");

        // A check-in, the waiting and the results.
        var scores = SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, i => 1 + (i.Length % 5));
        await ada.StartCheckInFromHomeAsync();
        await ada.AnswerCheckInAsync(scores, appreciation: "Thank you for the picnic.", topics: "Holidays");
        await see(ada, "check-in");
        await ada.SubmitCheckInAsync();
        await see(ada, "check-in-waiting");
        await bea.OpenCheckInFromHomeAsync(1);
        await bea.AnswerCheckInAsync(scores, appreciation: "The garden looks lovely.", topics: "Chores");
        await bea.SubmitCheckInAsync();
        await see(bea, "check-in-results");
        await bea.GoToAsync(bea.CirclePath + "/check-ins");
        await see(bea, "check-ins");

        // A concern, drafted and shared, and the private self-check.
        await ada.OpenConcernsAsync();
        await see(ada, "concerns");
        await ada.FollowAsync(ada.Link(ConcernWords.RaiseAConcern));
        await see(ada, "concern-new");
        await ada.GoToAsync(ada.CirclePath + "/concerns");
        await ada.DraftConcernAsync("You read my messages without asking.", "Uneasy.", "To talk about it on Sunday.");
        var draft = ada.Path;
        await see(ada, "concern-draft");
        await ada.FollowAsync(ada.Link(ConcernWords.ChooseWhom));
        await see(ada, "concern-share");
        await ada.GoToAsync(draft);
        await ada.ShareConcernWithAsync("Bea");
        await see(ada, "concern-shared");
        await ada.GoToAsync(ada.CirclePath + "/self-check");
        await see(ada, "self-check");

        // Settings.
        foreach (var (path, name) in new[]
        {
            ("/account", "settings"), ("/account/sessions", "sessions"), ("/account/passphrase", "passphrase"),
            ("/account/notifications", "notifications"), ("/account/sounding-board", "sharing-links"),
            ("/account/export", "export"), ("/account/delete", "delete"),
        })
        {
            await ada.GoToAsync(path);
            await see(ada, name);
        }
    }

    /// <summary>A spread of stances over the scale, the same on every run.</summary>
    private static Stance Spread(string behaviour) => (behaviour.Sum(c => c) % 5) switch
    {
        0 => Stance.Fine,
        1 => Stance.TellMe,
        2 => Stance.AskFirst,
        3 => Stance.Hurts,
        _ => Stance.Betrayal,
    };
}
