using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>The checks every page goes through must be able to fail, or they prove nothing.</summary>
[Collection(BrowserTests.Name)]
public sealed class PageChecksTests(BrowserFixture app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_axe_check_catches_an_image_without_a_text_alternative(bool javaScript)
    {
        await using var person = await Person.OpenAsync(app, javaScript);
        await person.GoToAsync("/help");
        await person.Page.Locator("main").EvaluateAsync("main => main.appendChild(document.createElement('img'))");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(person.CheckPageAsync);

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quick_exit_check_catches_a_quick_exit_scrolled_out_of_view()
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/help");
        await Expect(PageChecks.QuickExit(person.Page)).ToBeInViewportAsync();
        await person.Page.EvaluateAsync(
            """
            () => {
              document.querySelector('[data-quick-exit]').style.position = 'static';
              document.body.style.paddingBottom = '300vh';
              window.scrollTo(0, document.documentElement.scrollHeight);
            }
            """);

        await Assert.ThrowsAnyAsync<Exception>(() => PageChecks.AssertQuickExitOnScreenAsync(person.Page));
    }
}
