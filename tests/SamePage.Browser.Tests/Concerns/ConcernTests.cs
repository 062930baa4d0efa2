using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Concerns;

/// <summary>Issue 6 in the browser: raising a concern, replying, recording an outcome; a self-check path.</summary>
[Collection(BrowserTests.Name)]
public sealed class ConcernTests(BrowserFixture app)
{
    [Fact]
    public async Task One_partner_raises_a_concern_the_other_replies_and_they_record_an_outcome()
    {
        await using var rae = await Person.OpenAsync(app);
        await using var jo = await Person.OpenAsync(app, viewport: BrowserFixture.Phone, colorScheme: ColorScheme.Dark);
        await rae.SignUpAsync("rae");
        await rae.CreateCircleAsync("Rae and Jo", "Rae");
        var invite = await rae.InviteAsync();
        await jo.SignUpAsync("jo");
        await jo.JoinAsync(invite, "Jo");

        // Rae writes privately first: the list is kindly empty, then holds one private draft.
        await rae.OpenConcernsAsync();
        await Expect(rae.Page.Locator("#no-concerns")).ToBeVisibleAsync();
        await rae.DraftConcernAsync(
            "On Saturday you were messaging someone until after midnight.",
            "I felt shut out, and then worried.",
            "I'd like us to talk about late-night messaging.");
        await Expect(rae.ConcernStatus).ToContainTextAsync("Only you can see this draft");

        // Jo sees nothing yet.
        await jo.OpenConcernsAsync();
        await Expect(jo.Page.Locator("#no-concerns")).ToBeVisibleAsync();

        await rae.ShareConcernWithAsync("Jo");
        await Expect(rae.ConcernStatus).ToContainTextAsync("Shared with Jo");

        // Jo reads it, with a word before replying, and replies in their own words.
        await jo.OpenConcernsAsync();
        await jo.FollowAsync(jo.Main.Locator("#shared-with-me a"));
        await Expect(jo.Page.Locator("h1")).ToHaveTextAsync("A concern from Rae");
        await Expect(jo.Page.Locator("#before-you-reply")).ToContainTextAsync("It isn't a trial");
        await Expect(jo.Main.Locator("[data-field=felt]")).ToHaveTextAsync("I felt shut out, and then worried.");
        await jo.ReplyAsync(ConcernWords.YourReply, "It was my sister; she was having a hard night.\nI should have told you.");
        await Expect(jo.Replies).ToHaveCountAsync(1);

        // Rae reads the reply, adds a word, and records how they settled it.
        await rae.OpenConcernsAsync();
        await rae.FollowAsync(rae.Main.Locator("#raised-by-me a"));
        await Expect(rae.Replies.First.Locator(".reflection-text")).ToHaveTextAsync("It was my sister; she was having a hard night.\nI should have told you.");
        await rae.ReplyAsync(ConcernWords.AddToYourConcern, "Thank you for telling me. That makes sense.");
        await rae.RecordOutcomeAsync("A misunderstanding, cleared up");
        await Expect(rae.RecordedOutcome).ToHaveTextAsync("A misunderstanding, cleared up");

        // Jo sees the same outcome and the whole conversation, with nothing left to fill in.
        await jo.GoToAsync(rae.Path);
        await Expect(jo.RecordedOutcome).ToHaveTextAsync("A misunderstanding, cleared up");
        await Expect(jo.Replies).ToHaveCountAsync(2);
        await Expect(jo.Page.Locator("#reply-form")).ToHaveCountAsync(0);
        await Expect(jo.Page.Locator("#outcome-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task In_a_circle_of_three_a_concern_shared_with_one_person_stays_invisible_to_the_third()
    {
        await using var ash = await Person.OpenAsync(app);
        await using var bo = await Person.OpenAsync(app);
        await using var cy = await Person.OpenAsync(app, javaScript: false);
        await ash.SignUpAsync("ash");
        await ash.CreateCircleAsync("Three of us", "Ash");
        var first = await ash.InviteAsync();
        await bo.SignUpAsync("bo");
        await bo.JoinAsync(first, "Bo");
        var second = await ash.InviteAsync();
        await cy.SignUpAsync("cy");
        await cy.JoinAsync(second, "Cy");

        await ash.OpenConcernsAsync();
        await ash.DraftConcernAsync("You cancelled our plans twice this week.", "Unimportant, a bit.", "To plan one evening that's just ours.");
        var concernPath = ash.Path;
        await ash.ShareConcernWithAsync("Bo");

        await cy.OpenConcernsAsync();
        await Expect(cy.Page.Locator("#no-concerns")).ToBeVisibleAsync();
        await cy.GoToAsync(concernPath, expectedStatus: 404);
        await cy.GoToAsync(concernPath + "/share", expectedStatus: 404);

        await bo.OpenConcernsAsync();
        await Expect(bo.Main.Locator("#shared-with-me li")).ToHaveCountAsync(1);
        await Expect(bo.Main.Locator("#shared-with-me li")).ToContainTextAsync("From Ash");
    }

    [Fact]
    public async Task A_self_check_about_seeking_attention_ends_with_a_conversation_starter_and_can_become_a_private_draft()
    {
        await using var kit = await Person.OpenAsync(app, javaScript: false);
        await using var lee = await Person.OpenAsync(app);
        await kit.SignUpAsync("kit");
        await kit.CreateCircleAsync("Kit and Lee", "Kit");
        var invite = await kit.InviteAsync();
        await lee.SignUpAsync("lee");
        await lee.JoinAsync(invite, "Lee");

        await kit.OpenCircleAsync();
        await kit.FollowAsync(kit.Page.Locator("#repair-links").GetByRole(AriaRole.Link, new() { Name = ConcernWords.SelfCheck, Exact = true }));
        await Expect(kit.Page.Locator("#self-check-privacy")).ToContainTextAsync("Only you can see your self-checks");
        await Expect(kit.Page.Locator("#autonomy-note")).ToContainTextAsync("not something to check yourself for");

        var group = kit.Page.Locator("details.behaviour-group").First;
        await group.Locator("summary").ClickAsync();
        var behaviour = group.GetByRole(AriaRole.Checkbox).First;
        var label = (await group.Locator("label.choice span").First.InnerTextAsync()).Trim();
        await behaviour.CheckAsync();
        await kit.Field("In your own words (optional)").FillAsync("Chatting late with a colleague who makes me laugh.");
        await kit.Page.GetByRole(AriaRole.Radio, new() { Name = "I've been looking elsewhere for attention I wish I got from my partner", Exact = true }).CheckAsync();
        await kit.Field("More about why (optional)").FillAsync("We haven't laughed together in months.");
        await kit.FollowAsync(kit.Button("Save and see next steps"));

        var steps = kit.Page.Locator("#next-steps");
        await Expect(steps.Locator("li[data-step]")).ToHaveCountAsync(4);
        await Expect(steps.Locator("blockquote.starter")).ToContainTextAsync("I miss feeling close to you");
        await Expect(kit.Page.Locator("#noted-behaviours")).ToContainTextAsync(label);

        // Turning it into a message makes a private draft, prefilled, without the private "why".
        await kit.FollowAsync(kit.Button("Start a private draft from this"));
        Assert.EndsWith("/edit", kit.Path, StringComparison.Ordinal);
        await Expect(kit.Field(ConcernWords.Noticed)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Chatting late with a colleague"));
        await Expect(kit.Field(ConcernWords.Felt)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^I've noticed I've been looking for attention"));
        await Expect(kit.Main).Not.ToContainTextAsync("We haven't laughed together in months.");

        // Lee sees nothing of it.
        await lee.OpenConcernsAsync();
        await Expect(lee.Page.Locator("#no-concerns")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_parting_path_explains_what_happens_then_leaving_works()
    {
        await using var sam = await Person.OpenAsync(app, viewport: BrowserFixture.Phone);
        await using var ari = await Person.OpenAsync(app);
        await sam.SignUpAsync("sam");
        await sam.CreateCircleAsync("Sam and Ari", "Sam");
        var invite = await sam.InviteAsync();
        await ari.SignUpAsync("ari");
        await ari.JoinAsync(invite, "Ari");

        await ari.OpenCircleAsync();
        await ari.FollowAsync(ari.Page.Locator("#repair-links").GetByRole(AriaRole.Link, new() { Name = "Parting ways", Exact = true }));
        await Expect(ari.Page.Locator("h1")).ToHaveTextAsync("Parting ways");
        await Expect(ari.Page.Locator("#what-happens")).ToContainTextAsync("Deleted. Nobody else ever saw them.");
        await ari.FollowAsync(ari.Button("Leave the circle"));
        Assert.Equal("/circles", ari.Path);

        await sam.OpenCircleAsync();
        await Expect(sam.Page.Locator("#members li")).ToHaveCountAsync(1);
    }
}
