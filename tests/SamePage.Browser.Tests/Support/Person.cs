using System.Globalization;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// One person at their own browser (own context, own cookies), driving SamePage as they would:
/// by labels, links and buttons. Every page they land on is checked (axe, quick exit on screen).
/// </summary>
public sealed partial class Person : IAsyncDisposable
{
    /// <summary>Long, uncommon and free of any username the tests use.</summary>
    public const string Passphrase = "quiet harbour lantern mosaic";

    private readonly BrowserFixture _app;
    private readonly IBrowserContext _context;

    /// <summary>Without JavaScript axe cannot run in the person's page; it runs on a copy in this one.</summary>
    private readonly IPage? _twin;

    private Person(BrowserFixture app, IBrowserContext context, IPage page, IPage? twin, string language)
    {
        Language = language;
        _app = app;
        _context = context;
        _twin = twin;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The language the person's browser asks for ("en", "es" or "de"); they find their way by its words.</summary>
    public string Language { get; }

    /// <summary>When set, every page the person opens or is led to is kept there as the server sent it (see <see cref="HtmlValidator"/>).</summary>
    public ServedPages? Served { get; set; }

    public ILocator Main => Page.Locator("main");

    /// <summary>The path of the page the person is on, e.g. /circles/…/review.</summary>
    public string Path => new Uri(Page.Url).AbsolutePath;

    /// <summary>A person at a browser of their own: a desktop in light mode unless said otherwise.</summary>
    public static async Task<Person> OpenAsync(
        BrowserFixture app, bool javaScript = true, ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light, string language = "en")
    {
        var locale = BrowserFixture.LocaleFor(language);
        var context = await app.NewContextAsync(javaScript, viewport, colorScheme, locale: locale);
        var page = await context.NewPageAsync();
        var twin = javaScript ? null : await (await app.NewContextAsync(javaScript: true, viewport, colorScheme, locale: locale)).NewPageAsync();
        return new Person(app, context, page, twin, language);
    }

    /// <summary>Opens a SamePage path (or an absolute link), then checks the page.</summary>
    public async Task GoToAsync(string pathOrLink, int expectedStatus = 200)
    {
        var url = pathOrLink.StartsWith('/') ? new Uri(_app.BaseAddress, pathOrLink) : new Uri(pathOrLink);
        var response = await Page.GotoAsync(url.ToString());
        Assert.True(response?.Status == expectedStatus, $"GET {url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not {expectedStatus}");
        await KeepAsync(response!);
        await CheckPageAsync();
    }

    /// <summary>Starts on a page outside SamePage, as someone would before opening it.</summary>
    public async Task StartElsewhereAsync()
    {
        await Page.GotoAsync(NeutralSite.StartUrl);
        Assert.Equal(NeutralSite.StartUrl, Page.Url);
    }

    /// <summary>Clicks a link or a submit button, waits for the page it leads to, then checks that page.</summary>
    public async Task FollowAsync(ILocator target)
    {
        await Expect(target).ToHaveCountAsync(1);
        // Playwright marks this obsolete as racy for clicks that may or may not navigate; these always do,
        // and it is the one wait that also covers a form posted back to the same address (sign-up, invite).
#pragma warning disable CS0612
        var response = await Page.RunAndWaitForNavigationAsync(() => target.ClickAsync());
#pragma warning restore CS0612
        Assert.True(response?.Ok == true, $"Following {target} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"} at {Page.Url}");
        await KeepAsync(response!);
        await CheckPageAsync();
    }

    private Task KeepAsync(IResponse response) => Served is null ? Task.CompletedTask : Served.AddAsync(response);

    /// <summary>axe finds nothing, and the quick exit is on screen; then whatever else the test asked for.</summary>
    public async Task CheckPageAsync()
    {
        await PageChecks.AssertPageIsSoundAsync(Page, _twin);
        if (AlsoCheck is { } more)
        {
            await more(Page);
        }
    }

    /// <summary>A further check run on every page the person lands on (e.g. its accessibility tree).</summary>
    public Func<IPage, Task>? AlsoCheck { get; set; }

    /// <summary>What the pages say for this English text in the person's language (see <see cref="PageWords"/>).</summary>
    public string Say(string english) => PageWords.In(Language, english);

    /// <summary>As <see cref="Say(string)"/>, with the values put in.</summary>
    public string Say(string english, params object[] values) => string.Format(CultureInfo.InvariantCulture, Say(english), values);

    /// <summary>The part of a sentence before its first value, e.g. "Shared with " of "Shared with {0}."</summary>
    public string SayStart(string english) => Say(english).Split("{0}")[0];

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = Say(name), Exact = true });

    public ILocator Link(string name) => Main.GetByRole(AriaRole.Link, new() { Name = Say(name), Exact = true });

    public ILocator Field(string label) => Page.GetByLabel(Say(label), new() { Exact = true });

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        if (_twin is not null)
        {
            await _twin.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
