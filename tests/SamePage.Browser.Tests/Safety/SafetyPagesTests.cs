using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Safety;

/// <summary>Issue 5: help by country, the private safety check, discreet mode, and a quick exit nothing covers.</summary>
[Collection(BrowserTests.Name)]
public sealed class SafetyPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task Someone_signed_out_finds_help_for_their_country_and_takes_the_private_check()
    {
        await using var visitor = await Person.OpenAsync(app, viewport: new ViewportSize { Width = 375, Height = 667 });
        await visitor.GoToAsync("/");
        await visitor.FollowAsync(visitor.Page.Locator("footer a[href='/help']"));
        Assert.Equal("/help", visitor.Path);

        await visitor.Field("Show helplines for").SelectOptionAsync(new SelectOptionValue { Label = "United Kingdom" });
        await visitor.FollowAsync(visitor.Button("Show"));
        await Expect(visitor.Page.Locator("#chosen-country")).ToContainTextAsync("0808 2000 247");
        Assert.DoesNotContain("afraid", visitor.Page.Url, StringComparison.Ordinal);

        await visitor.FollowAsync(visitor.Link("Take a private safety check"));
        await visitor.Page.Locator("label[for='q-phone-checked-Sometimes']").ClickAsync();
        await visitor.Page.Locator("label[for='q-kept-from-people-Often']").ClickAsync();
        await visitor.FollowAsync(visitor.Button("See what this might mean"));
        Assert.Equal("/safety-check", visitor.Path); // the answers are posted, never put in the address
        await Expect(visitor.Page.Locator("#safety-result")).ToHaveAttributeAsync("data-level", "SomeSigns");
        await Expect(visitor.Page.Locator("#safety-result")).ToContainTextAsync("being checked on or watched");
        await Expect(visitor.Page.Locator("ul.help-lines").First).ToBeVisibleAsync();
        await PageChecks.AssertQuickExitOnScreenAsync(visitor.Page);
    }

    /// <summary>Issue 19, item 4: the lines for German and Spanish speakers are there for anyone who picks the country.</summary>
    [Fact]
    public async Task Someone_in_germany_finds_the_lines_for_women_and_for_men()
    {
        await using var visitor = await Person.OpenAsync(app, viewport: new ViewportSize { Width = 390, Height = 844 });
        await visitor.GoToAsync("/help");
        await visitor.Field("Show helplines for").SelectOptionAsync(new SelectOptionValue { Label = "Germany" });
        await visitor.FollowAsync(visitor.Button("Show"));
        var chosen = visitor.Page.Locator("#chosen-country");
        await Expect(chosen).ToContainTextAsync("116 016");
        await Expect(chosen).ToContainTextAsync("0800 1239900");
        await Expect(chosen.Locator("a[href='tel:116016']")).ToBeVisibleAsync();
        await Expect(visitor.Page.Locator("#all-countries h3[data-country='ES']")).ToBeVisibleAsync();
        await Expect(visitor.Page.Locator("#all-countries")).ToContainTextAsync("WhatsApp 600 000 016");
    }

    [Fact]
    public async Task Discreet_mode_changes_the_tab_title_and_icon()
    {
        await using var person = await Person.OpenAsync(app);
        await person.SignUpAsync("ash");
        await Expect(person.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("SamePage$"));
        await person.FollowAsync(person.Page.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }));
        await person.FollowAsync(person.Button("Turn discreet mode on"));
        await Expect(person.Page).ToHaveTitleAsync("Notes");
        await person.GoToAsync("/circles");
        await Expect(person.Page).ToHaveTitleAsync("Notes");
        await Expect(person.Page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/img/neutral\\.[a-z0-9]+\\.svg$"));
        await Expect(person.Page.Locator("link[rel=manifest]")).ToHaveAttributeAsync("href", "/notes.webmanifest");
        await Expect(person.Page.Locator(".brand")).ToHaveTextAsync("Notes");
        await person.GoToAsync("/account");
        await person.FollowAsync(person.Button("Turn discreet mode off"));
        await Expect(person.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("SamePage$"));
    }

    [Fact]
    public async Task The_quick_exit_stays_on_top_when_a_dialog_is_open_and_the_page_is_scrolled()
    {
        await using var person = await Person.OpenAsync(app, viewport: new ViewportSize { Width = 375, Height = 667 });
        await person.GoToAsync("/help");
        await person.Page.EvaluateAsync(
            """
            () => {
              const dialog = document.createElement('dialog');
              dialog.textContent = 'A dialog covering the page';
              dialog.style.inset = '0';
              dialog.style.width = '100%';
              dialog.style.height = '100%';
              document.body.appendChild(dialog);
              dialog.show();
              window.scrollTo(0, document.documentElement.scrollHeight);
            }
            """);

        await PageChecks.AssertQuickExitOnScreenAsync(person.Page);
        var onTop = await PageChecks.QuickExit(person.Page).EvaluateAsync<bool>(
            """
            link => {
              const box = link.getBoundingClientRect();
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              return hit !== null && (hit === link || link.contains(hit));
            }
            """);
        Assert.True(onTop, "The dialog covers the quick exit");
    }
}
