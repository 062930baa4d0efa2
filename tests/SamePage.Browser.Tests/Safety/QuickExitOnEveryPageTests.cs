using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Safety;

/// <summary>The quick exit is on every page and always on screen, on a phone as on a desktop.</summary>
[Collection(BrowserTests.Name)]
public sealed class QuickExitOnEveryPageTests(BrowserFixture app)
{
    public static TheoryData<string, int, int> Screens => new()
    {
        { "phone", 375, 667 },
        { "desktop", 1280, 800 },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Quick_exit_stays_on_screen_and_uncovered_on_every_page(string screen, int width, int height)
    {
        Assert.NotEmpty(screen);
        await using var person = await Person.OpenAsync(app, viewport: new ViewportSize { Width = width, Height = height });

        foreach (var path in new[] { "/", "/signin", "/recover", "/help" })
        {
            await person.GoToAsync(path);
            await AssertOnScreenWhenScrolledAsync(person);
        }

        await person.GoToAsync("/no-such-page", expectedStatus: 404);
        await AssertOnScreenWhenScrolledAsync(person);

        await person.SignUpAsync("lee");
        await AssertOnScreenWhenScrolledAsync(person);
        await person.CreateCircleAsync("Screens", "Lee");
        await AssertOnScreenWhenScrolledAsync(person);
        await person.InviteAsync();
        await AssertOnScreenWhenScrolledAsync(person);
        await person.GoToAsync("/join");
        await AssertOnScreenWhenScrolledAsync(person);
        await person.StartAnsweringAsync();
        await AssertOnScreenWhenScrolledAsync(person);
        await person.FollowAsync(person.QuestionnairePages.Last);
        Assert.EndsWith("/review", person.Path, StringComparison.Ordinal);
        await AssertOnScreenWhenScrolledAsync(person);
        await person.GoToAsync(person.RoundPath + "/journal");
        await AssertOnScreenWhenScrolledAsync(person);
        await person.GoToAsync(person.CirclePath + "/behaviours");
        await AssertOnScreenWhenScrolledAsync(person);
        await person.GoToAsync(person.CirclePath + "/check-ins");
        await AssertOnScreenWhenScrolledAsync(person);
        await person.GoToAsync(person.CirclePath + "/check-ins/trends");
        await AssertOnScreenWhenScrolledAsync(person);
    }

    /// <summary>Scrolled to the very end, the quick exit is still fully in view, and nothing lies on top of it.</summary>
    private static async Task AssertOnScreenWhenScrolledAsync(Person person)
    {
        await person.Page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await PageChecks.AssertQuickExitOnScreenAsync(person.Page);
        var onTop = await PageChecks.QuickExit(person.Page).EvaluateAsync<bool>(
            """
            link => {
              const box = link.getBoundingClientRect();
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              return hit !== null && (hit === link || link.contains(hit));
            }
            """);
        Assert.True(onTop, $"Something covers the quick exit on {person.Page.Url}");
        await Expect(PageChecks.QuickExit(person.Page)).ToHaveTextAsync("Quick exit");
    }
}
