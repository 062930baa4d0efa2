using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Circles;

/// <summary>Issue 13: a member sees the circle's open invites (who made each, until when; never the code) and withdraws one.</summary>
[Collection(BrowserTests.Name)]
public sealed class OpenInvitesTests(BrowserFixture app)
{
    [Fact]
    public async Task Bea_sees_the_invite_Alex_made_and_withdraws_it()
    {
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app, viewport: BrowserFixture.Phone, colorScheme: ColorScheme.Dark);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("Just us", "Alex");
        var first = await alex.InviteAsync();
        await bea.SignUpAsync("bea");
        await bea.JoinAsync(first, "Bea");

        var kept = await alex.InviteAsync();
        var code = (await alex.Page.Locator("[data-invite-code]").TextContentAsync() ?? string.Empty).Trim();
        await Expect(alex.Page.Locator("#open-invites li")).ToHaveCountAsync(1);
        await Expect(alex.Page.Locator("#open-invites li")).ToContainTextAsync("Made by you");

        await bea.OpenCircleAsync();
        await bea.FollowAsync(bea.Link("Invite someone"));
        var invites = bea.Page.Locator("#open-invites li");
        await Expect(invites).ToHaveCountAsync(1);
        await Expect(invites.First).ToContainTextAsync("Made by Alex");
        await Expect(invites.First).ToContainTextAsync("works until");
        await Expect(bea.Main).Not.ToContainTextAsync(code);

        await bea.FollowAsync(invites.First.GetByRole(AriaRole.Button, new() { Name = "Withdraw this invite" }));
        await Expect(bea.Page.Locator("#revoke-status")).ToContainTextAsync("that invite no longer works");
        await Expect(bea.Page.Locator("#open-invites")).ToHaveCountAsync(0);

        await using var someone = await Person.OpenAsync(app);
        await someone.SignUpAsync("someone");
        await someone.GoToAsync(kept);
        await someone.Field("Your name in this circle").FillAsync("Cai");
        await someone.FollowAsync(someone.Button("Join the circle"));
        await Expect(someone.Page.Locator("#join-error")).ToContainTextAsync("We couldn't find that invite");
    }
}
