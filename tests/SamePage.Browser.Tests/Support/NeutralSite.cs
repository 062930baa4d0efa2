using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// Stands in for the neutral site the quick exit leads to (and a neutral page to start from),
/// since the test machines have no internet.
/// </summary>
public static class NeutralSite
{
    public const string Origin = "https://neutral.example";

    /// <summary>A page to be on before opening SamePage, so Back has somewhere else to go.</summary>
    public const string StartUrl = Origin + "/start";

    public const string ExitUrl = SamePageServer.QuickExitUrl;

    public static async Task ServeAsync(IBrowserContext context)
    {
        await context.RouteAsync(Origin + "/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = route.Request.Url.StartsWith(StartUrl, StringComparison.Ordinal)
                ? "<!DOCTYPE html><html lang=\"en\"><head><title>Start</title></head><body><h1>Somewhere else</h1></body></html>"
                : "<!DOCTYPE html><html lang=\"en\"><head><title>Weather</title></head><body><h1>Weather</h1><p>Sunny spells.</p></body></html>",
        }));
        await context.RouteAsync("https://www.bbc.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = "<!DOCTYPE html><html lang=\"en\"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>",
        }));
    }
}
