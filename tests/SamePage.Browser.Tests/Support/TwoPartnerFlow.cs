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
    /// <summary>Walks the flow, calling <paramref name="see"/> at each named view.</summary>
    /// <param name="meet">Called with each person as they open their browser (to check every page they land on).</param>
    /// <param name="typed">Given every text the people type and their usernames, as they type them.</param>
    public static async Task WalkAsync(BrowserFixture app, Func<PageVisit, Task> see, Action<Person>? meet = null, List<string>? typed = null)
    {
        ArgumentNullException.ThrowIfNull(see);
        typed ??= [];
        typed.AddRange(Typed);
        await using var ada = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app);
        await using var eve = await Person.OpenAsync(app);
        meet?.Invoke(ada);
        meet?.Invoke(bea);
        meet?.Invoke(eve);

        await ada.GoToAsync("/");
        await see(new(ada, "home"));
        await ada.GoToAsync("/help");
        await see(new(ada, "help"));
        await ada.GoToAsync("/safety-check");
        await see(new(ada, "safety-check"));
        await ada.GoToAsync("/signin");
        await see(new(ada, "sign-in"));
        await ada.GoToAsync("/signup");
        await see(new(ada, "sign-up"));
        await ada.SignUpAsync("ada");
        typed.Add(ada.Username);

        await ada.GoToAsync("/circles");
        await see(new(ada, "circles"));
        await ada.FollowAsync(ada.Link("Start a circle"));
        await see(new(ada, "circle-new"));
        await ada.GoToAsync("/circles");
        await ada.CreateCircleAsync("Ada and Bea", "Ada");
        await see(new(ada, "circle"));
        await ada.FollowAsync(ada.Link("Invite someone"));
        await see(new(ada, "invite"));
        var invite = await ada.InviteAsync();
        await see(new(ada, "invite-created"));

        // Bea opens the invite before she has an account, creates one from it, and is back at the invite.
        await bea.GoToAsync(invite);
        await see(new(bea, "join-signed-out"));
        await bea.FollowAsync(bea.Link("Create an account"));
        await bea.CompleteSignUpAsync("bea");
        typed.Add(bea.Username);
        await see(new(bea, "join"));
        await bea.JoinHereAsync("Bea");
        await see(new(bea, "circle-joined"));

        // The questionnaire, each page seen once its answers are chosen, then "How I connect".
        await ada.StartAnsweringAsync();
        for (var number = 1; !ada.OnStylePage; number++)
        {
            Assert.True(number < 30, "The questionnaire did not reach How I connect.");
            await ada.AnswerThisPageAsync(Spread);
            await see(new(ada, $"questionnaire-{number}"));
            await ada.FollowAsync(ada.Button("Save and continue"));
        }

        await ada.Page.Locator("fieldset.style-item label.segment").Nth(1).ClickAsync();
        await see(new(ada, "how-i-connect"));
        await ada.FollowAsync(ada.Button("Save and review"));
        await see(new(ada, "review"));
        await ada.SubmitAsync();
        await see(new(ada, "waiting"));

        await bea.AnswerAllAsync(b => b.Length % 2 == 0 ? Stance.TellMe : Stance.Fine);
        await bea.SubmitAsync();
        await ada.OpenComparisonAsync();
        await see(new(ada, "comparison"));
        var comparison = new ComparisonView(ada.Page);
        var behaviour = await comparison.ItemsOf("HotSpot").Or(comparison.ItemsOf("Difference")).First.GetAttributeAsync("data-behaviour");
        await ada.FollowAsync(comparison.TalkItThrough);
        await see(new(ada, "talk"));

        // The agreement: a clause from the comparison, the draft, signing, the versions.
        await ada.OpenComparisonAsync();
        await ada.AddToAgreementFromComparisonAsync(behaviour!);
        await see(new(ada, "clause-suggestion"));
        await ada.RewordClauseAsync("We tell each other when an old flame gets in touch, the same day if we can.");
        await see(new(ada, "agreement-draft"));
        await ada.ProposeDraftAsync();
        await see(new(ada, "signing"));
        await ada.SignThisVersionAsync();
        await bea.OpenAgreementAsync();
        await bea.FollowAsync(bea.Link("Read and sign version 1"));
        await bea.SignThisVersionAsync();
        await see(new(bea, "agreement-signed"));
        await bea.FollowAsync(bea.Link("All versions"));
        await see(new(bea, "versions"));

        // A check-in, the waiting and the results.
        var scores = SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, i => 1 + (i.Length % 5));
        await ada.StartCheckInFromHomeAsync();
        await ada.AnswerCheckInAsync(scores, appreciation: "Thank you for the picnic.", topics: "Holidays");
        await see(new(ada, "check-in"));
        await ada.SubmitCheckInAsync();
        await see(new(ada, "check-in-waiting"));
        await bea.OpenCheckInFromHomeAsync(1);
        await bea.AnswerCheckInAsync(scores, appreciation: "The garden looks lovely.", topics: "Chores");
        await bea.SubmitCheckInAsync();
        await see(new(bea, "check-in-results"));
        await bea.GoToAsync(bea.CirclePath + "/check-ins");
        await see(new(bea, "check-ins"));

        // A concern, drafted and shared, and the private self-check.
        await ada.OpenConcernsAsync();
        await see(new(ada, "concerns"));
        await ada.FollowAsync(ada.Link(ConcernWords.RaiseAConcern));
        await see(new(ada, "concern-new"));
        await ada.GoToAsync(ada.CirclePath + "/concerns");
        await ada.DraftConcernAsync("You read my messages without asking.", "Uneasy.", "To talk about it on Sunday.");
        var draft = ada.Path;
        await see(new(ada, "concern-draft"));
        await ada.FollowAsync(ada.Link(ConcernWords.ChooseWhom));
        await see(new(ada, "concern-share"));
        await ada.GoToAsync(draft);
        await ada.ShareConcernWithAsync("Bea");
        await see(new(ada, "concern-shared"));
        var shared = ada.Path;
        await bea.GoToAsync(shared);
        await see(new(bea, "concern-shared-with-me"));
        await bea.ReplyAsync(ConcernWords.YourReply, Typed[^1]);
        await see(new(bea, "concern-replied"));
        await ada.OpenCircleAsync();
        await see(new(ada, "circle-later"));
        await ada.GoToAsync(ada.CirclePath + "/self-check");
        await see(new(ada, "self-check"));

        // Settings.
        foreach (var (path, name) in new[]
        {
            ("/account", "settings"), ("/account/sessions", "sessions"), ("/account/passphrase", "passphrase"),
            ("/account/notifications", "notifications"), ("/account/sounding-board", "sharing-links"), ("/account/sounding-board/new", "sharing-link-new"),
            ("/account/export", "export"), ("/account/delete", "delete"),
        })
        {
            await ada.GoToAsync(path);
            await see(new(ada, name));
        }

        // A few more views by address: the questionnaire, the signed version and the check-in by their
        // own addresses, and a page that is not there, seen by someone signed out.
        foreach (var (path, name) in new[]
        {
            (ada.RoundPath + "/answer", "answer"), (ada.AgreementPath + "/versions/1", "agreement-version"),
            (ada.CirclePath + "/check-ins/1", "check-in-1"),
        })
        {
            await ada.GoToAsync(path);
            await see(new(ada, name));
        }

        await eve.GoToAsync("/no-such-page", expectedStatus: 404);
        await see(new(eve, "not-found", 404));
    }

    /// <summary>What the people type on the way (names, the clause, check-in and concern texts, a reply), the reply last.</summary>
    public static readonly string[] Typed =
    [
        "Ada", "Bea", "Ada and Bea", "We tell each other when an old flame gets in touch, the same day if we can.",
        "Thank you for the picnic.", "Holidays", "The garden looks lovely.", "Chores",
        "You read my messages without asking.", "Uneasy.", "To talk about it on Sunday.", "Thank you for saying; let's talk on Sunday.",
    ];

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
