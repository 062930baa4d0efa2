using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Rounds;

/// <summary>"How I connect" (issue 15): answered as the questionnaire's last page, compared after the reveal.</summary>
[Collection(BrowserTests.Name)]
public sealed class HowIConnectTests(BrowserFixture app)
{
    public static TheoryData<int, int, ColorScheme> Screens => new()
    {
        { 390, 844, ColorScheme.Light },
        { 1280, 800, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Two_partners_answer_how_they_connect_and_a_hot_spot_leads_to_their_difference_in_style(int width, int height, ColorScheme scheme)
    {
        var online = app.Catalogue().Behaviours.First(b => b.CategoryId == "online-and-technology").Id;
        var last = app.Catalogue().Categories[^1].Id;
        await using var kit = await Person.OpenAsync(app, viewport: new() { Width = width, Height = height }, colorScheme: scheme);
        await using var ren = await Person.OpenAsync(app);
        await kit.SignUpAsync("kit");
        await kit.CreateCircleAsync("Connecting", "Kit");
        var invite = await kit.InviteAsync();
        await ren.SignUpAsync("ren");
        await ren.JoinAsync(invite, "Ren");

        await kit.AnswerAllAsync(_ => Stance.Fine);
        await ren.AnswerAllAsync(id => id == online ? Stance.Betrayal : Stance.Fine);
        foreach (var (person, step) in new[] { (kit, 0), (ren, 4) })
        {
            // From the last page of questions, "Save and continue" leads on to the optional page.
            await person.GoToAsync($"{person.RoundPath}/answer/{last}");
            await person.FollowAsync(person.Button("Save and continue"));
            Assert.True(person.OnStylePage, person.Path);
            await Expect(person.Page.Locator("h1")).ToHaveTextAsync("How I connect");
            await person.AnswerStylesAsync(new Dictionary<string, int> { ["reply-speed"] = step, ["group-chats"] = 2 });
            if (person == kit)
            {
                await QuestionnaireLayoutTests.ScreenshotAsync(person.Page, $"styles-page-{width}-{scheme}");
                Assert.True(await person.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways");
            }

            await person.FollowAsync(person.Button("Save and review"));
            Assert.Equal(person.RoundPath + "/review", person.Path);
            await person.SubmitAsync();
        }

        await kit.OpenComparisonAsync();
        var section = kit.Page.Locator("#how-you-connect");
        await Expect(section.Locator("h3")).ToHaveTextAsync("How you connect");
        var replying = section.Locator("#style-replying");
        await Expect(replying).ToHaveAttributeAsync("data-far", "true");
        await Expect(replying.Locator(".guide")).ToBeVisibleAsync();
        await Expect(section.Locator("#style-online-socialising")).ToHaveAttributeAsync("data-far", "false");

        var hot = kit.Page.Locator($"ul[data-kind=HotSpot] > li[data-behaviour='{online}']");
        var link = hot.Locator(".style-link a");
        await Expect(link).ToHaveTextAsync("This may be a difference in style, not in values: Replying to messages");
        await link.ClickAsync();
        await Expect(kit.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#style-replying$"));
        await Expect(replying).ToBeInViewportAsync();
        await kit.CheckPageAsync();
        await QuestionnaireLayoutTests.ScreenshotAsync(kit.Page, $"styles-comparison-{width}-{scheme}");
    }
}
