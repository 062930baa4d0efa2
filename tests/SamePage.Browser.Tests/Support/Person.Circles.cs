using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>Starting a circle, inviting someone, joining with an invite link.</summary>
public sealed partial class Person
{
    private const string CirclePathPattern = "^/circles/[0-9a-f-]{36}$";

    public string DisplayName { get; private set; } = string.Empty;

    public string CirclePath { get; private set; } = string.Empty;

    public async Task CreateCircleAsync(string circleName, string displayName)
    {
        await GoToAsync("/circles");
        await FollowAsync(Link("Start a circle"));
        await Field("Circle name").FillAsync(circleName);
        await Field("Your name in this circle").FillAsync(displayName);
        await FollowAsync(Button("Start the circle"));

        Assert.Matches(CirclePathPattern, Path);
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(circleName);
        (CirclePath, DisplayName) = (Path, displayName);
    }

    /// <summary>Creates a single-use invite from the circle page and returns the link it shows.</summary>
    public async Task<string> InviteAsync()
    {
        await OpenCircleAsync();
        await FollowAsync(Link("Invite someone"));
        await FollowAsync(Button("Create an invite"));

        var code = (await Page.Locator("[data-invite-code]").TextContentAsync() ?? string.Empty).Trim();
        var link = await InviteLink.InputValueAsync();
        Assert.NotEmpty(code);
        Assert.EndsWith("/join?code=" + Uri.EscapeDataString(code), link, StringComparison.Ordinal);
        return link;
    }

    /// <summary>Signed in already: opens the invite link and joins under a display name.</summary>
    public async Task JoinAsync(string inviteLink, string displayName)
    {
        await GoToAsync(inviteLink);
        await JoinHereAsync(displayName);
    }

    /// <summary>On the join page the invite link led to: the code is filled in; choose a name and join.</summary>
    public async Task JoinHereAsync(string displayName)
    {
        Assert.Equal("/join", Path);
        await Assertions.Expect(Field("Invite code")).Not.ToBeEmptyAsync();
        await Field("Your name in this circle").FillAsync(displayName);
        await FollowAsync(Button("Join the circle"));

        Assert.Matches(CirclePathPattern, Path);
        await Assertions.Expect(Page.Locator("#members")).ToContainTextAsync(Say("{0} (you)", displayName));
        (CirclePath, DisplayName) = (Path, displayName);
    }

    /// <summary>The invite link, in the read-only field that works without JavaScript too.</summary>
    public ILocator InviteLink => Field("Invite link");

    public Task OpenCircleAsync() => GoToAsync(CirclePath);

    /// <summary>The one next step the page leads with: its kind (Invite, Answer, WaitForAnswers, ReadComparison…).</summary>
    public ILocator NextStep => Main.Locator("section.primary-step").First;

    /// <summary>What the circle's home says changed since this person last opened it.</summary>
    public ILocator SinceLastVisit => Page.Locator("#since-last-visit li");

    /// <summary>What the circle page says about each member's round: "Name: submitted" / "Name: not submitted yet".</summary>
    public ILocator RoundStatusOf(string displayName) =>
        Page.Locator("#round-status li").Filter(new() { HasText = displayName });
}
