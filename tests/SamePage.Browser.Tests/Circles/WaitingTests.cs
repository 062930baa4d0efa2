using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Circles;

/// <summary>A new circle leads with inviting; whoever submits first waits, and the page moves on by itself.</summary>
[Collection(BrowserTests.Name)]
public sealed class WaitingTests(BrowserFixture app)
{
    [Fact]
    public async Task Alex_waits_without_touching_anything_and_the_page_turns_to_the_comparison_when_Bea_submits()
    {
        await using var alex = await Person.OpenAsync(app);
        await using var bea = await Person.OpenAsync(app, viewport: BrowserFixture.Phone, colorScheme: ColorScheme.Dark);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("Just us", "Alex");

        // A hopeful new circle: inviting first, leaving far below.
        await Expect(alex.NextStep).ToHaveAttributeAsync("data-step", "Invite");
        await Expect(alex.NextStep.GetByRole(AriaRole.Link, new() { Name = "Invite someone", Exact = true })).ToHaveClassAsync("button");
        await Expect(alex.Main.Locator("section").Last).ToHaveIdAsync("if-things-change");

        // The invite link, copied with one press ("Copied" said), or selected by hand without JavaScript.
        await alex.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var invite = await alex.InviteAsync();
        await alex.Button("Copy link").ClickAsync();
        await Expect(alex.Page.Locator("#copy-status")).ToContainTextAsync("Copied");
        Assert.Equal(invite, await alex.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        var canShare = await alex.Page.EvaluateAsync<bool>("() => typeof navigator.share === 'function'");
        await Expect(alex.Button("Share…")).ToBeVisibleAsync(new() { Visible = canShare });
        await Expect(alex.Main).ToContainTextAsync("It works once, and stops working on");

        await bea.SignUpAsync("bea");
        await bea.JoinAsync(invite, "Bea");
        await Expect(bea.NextStep).ToHaveAttributeAsync("data-step", "Answer");
        await Expect(bea.NextStep).ToContainTextAsync("about 10–15 minutes");

        await Task.WhenAll(alex.AnswerAllAsync(_ => Stance.TellMe), bea.AnswerAllAsync(_ => Stance.AskFirst));

        // Alex submits first and waits; the page's clock is the test's, so nobody waits 12 real seconds.
        await alex.Page.Clock.InstallAsync();
        await alex.SubmitAsync();
        await Expect(alex.NextStep).ToHaveAttributeAsync("data-step", "WaitForAnswers");
        await Expect(alex.Page.Locator("#waiting-for")).ToHaveTextAsync("Waiting for Bea");
        await Expect(alex.NextStep.GetByRole(AriaRole.Link, new() { Name = "Check again", Exact = true })).ToBeVisibleAsync();

        // While Bea is still answering the page asks, hears nothing new, and stays as it is.
        var asked = await alex.Page.RunAndWaitForResponseAsync(() => alex.Page.Clock.RunForAsync(13_000), r => r.Url.EndsWith("/pulse", StringComparison.Ordinal));
        Assert.Equal(200, asked.Status);
        Assert.Equal(alex.RoundPath + "/review", alex.Path);

        await bea.SubmitAsync();
        Assert.Equal(bea.RoundPath + "/comparison", bea.Path);

        // Alex touches nothing: at the next pulse the page reloads and the round has been revealed.
        await alex.Page.Clock.RunForAsync(20_000);
        await Expect(alex.Page).ToHaveURLAsync(new Regex("/comparison$"));
        await alex.CheckPageAsync();

        // Back home, the circle says what changed while Alex was away, without pronouns.
        await alex.OpenCircleAsync();
        await Expect(alex.NextStep).ToHaveAttributeAsync("data-step", "ReadComparison");
        await Expect(alex.SinceLastVisit).ToHaveTextAsync(["Bea has submitted.", "Everyone has submitted: the comparison is ready."]);
    }
}
