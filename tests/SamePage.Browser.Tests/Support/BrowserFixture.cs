using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// Starts the app once on a loopback port and one headless Chromium for the whole collection.
/// Each test opens its own browser contexts (one per person, so cookies stay separate).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    /// <summary>The browser locale the tests give a person reading this language.</summary>
    public static string LocaleFor(string language) => language switch
    {
        "es" => "es-ES",
        "de" => "de-DE",
        _ => "en-GB",
    };

    public static ViewportSize Phone => new() { Width = 375, Height = 667 };

    public SamePageServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Server.BaseAddress;

    public async Task InitializeAsync()
    {
        Server.Start();
        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("SAMEPAGE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (its own cookies), with the neutral quick-exit site answered locally.</summary>
    /// <param name="storageState">Cookies to start with (from <see cref="IBrowserContext.StorageStateAsync"/>): the same person at a second screen.</param>
    public async Task<IBrowserContext> NewContextAsync(
        bool javaScript = true, ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light, string? storageState = null, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
            ViewportSize = viewport ?? Desktop,
            IsMobile = (viewport ?? Desktop).Width < 600,
            HasTouch = (viewport ?? Desktop).Width < 600,
            Locale = locale,
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        await NeutralSite.ServeAsync(context);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "SamePage in a browser";
}
