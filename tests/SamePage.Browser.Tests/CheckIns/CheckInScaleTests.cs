using Microsoft.Playwright;
using SamePage.Browser.Tests.Rounds;
using SamePage.Browser.Tests.Support;
using SamePage.Core.CheckIns;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.CheckIns;

/// <summary>Issue 12, defect 2: the 0–6 check-in scales are the one choice control, on one row at 1280 and at 390 px.</summary>
[Collection(BrowserTests.Name)]
public sealed class CheckInScaleTests(BrowserFixture app)
{
    [Fact]
    public async Task Every_check_in_scale_is_one_row_on_a_desktop_and_on_a_phone()
    {
        await using var sky = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        await using var ren = await Person.OpenAsync(app);
        await sky.SignUpAsync("sky");
        await sky.CreateCircleAsync("One row", "Sky");
        var invite = await sky.InviteAsync();
        await ren.SignUpAsync("ren");
        await ren.JoinAsync(invite, "Ren");
        await sky.StartCheckInFromHomeAsync();

        var scales = sky.Page.Locator("fieldset.scale");
        await Expect(scales).ToHaveCountAsync(CheckInItems.All.Count);
        // The numbers are on the segments, the meaning of both ends under them, the full words for screen readers.
        var first = scales.First;
        await Expect(first.Locator(".segment")).ToHaveTextAsync([.. Enumerable.Range(0, 7).Select(n => new System.Text.RegularExpressions.Regex($"^\\s*{n}"))]);
        await Expect(first.Locator(".segment-ends")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("0 – not at all.*6 – completely"));
        await Expect(first.GetByRole(AriaRole.Radio, new() { Name = "6 – completely", Exact = true })).ToHaveCountAsync(1);

        foreach (var width in new[] { 1280, 390 })
        {
            await sky.Page.SetViewportSizeAsync(width, width > 600 ? 800 : 844);
            var rows = await scales.EvaluateAllAsync<int[]>(
                "fs => fs.map(f => new Set([...f.querySelectorAll('.segment')].map(s => Math.round(s.getBoundingClientRect().top))).size)");
            Assert.All(rows, r => Assert.Equal(1, r));
            Assert.True(await sky.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The check-in scrolls sideways at {width} px");
            await QuestionnaireLayoutTests.ScreenshotAsync(sky.Page, $"check-in-{width}-dark");
        }

        // One tap chooses, and it is shown as chosen.
        var item = CheckInItems.All[0];
        await sky.Page.Locator($"label[for='s-{item}-4']").ClickAsync();
        await Expect(sky.Page.Locator($"#s-{item}-4")).ToBeCheckedAsync();
    }
}
