using System.Net;
using Microsoft.AspNetCore.Http;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies the operator names in
/// SamePage:KnownProxies. From anyone else they change nothing: a guesser cannot dodge the sign-in
/// limit by inventing a new address on every try, nor pretend the connection was encrypted.
/// </summary>
public sealed class ForwardedHeaderTests
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.9";

    [Theory]
    [InlineData(null, Stranger)]
    [InlineData(null, "127.0.0.1")] // a proxy on the same machine is trusted only once it is named
    [InlineData(Proxy, Stranger)]
    [InlineData("10.0.0.0/24", "10.0.1.5")]
    public async Task Forwarded_headers_from_an_address_not_configured_as_a_proxy_are_ignored(string? knownProxies, string from)
    {
        await using var app = App(knownProxies);

        var first = await SignInAttemptAsync(app, from, forwardedFor: "198.51.100.1");
        var second = await SignInAttemptAsync(app, from, forwardedFor: "198.51.100.2");
        var challenged = await app.SendFromAsync(from, "GET", "/circles", ("X-Forwarded-Proto", "https"));

        Assert.NotEqual(StatusCodes.Status429TooManyRequests, first.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, second.Response.StatusCode); // one partition: the real address
        Assert.StartsWith("http://", challenged.Response.Headers.Location.ToString(), StringComparison.Ordinal);
        Assert.False(challenged.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(Proxy, Proxy)]
    [InlineData("10.0.0.0/24", "10.0.0.77")]
    [InlineData("192.0.2.1, 10.0.0.5", Proxy)]
    public async Task Forwarded_headers_from_a_configured_proxy_are_honoured(string knownProxies, string from)
    {
        await using var app = App(knownProxies);

        var alder = await SignInAttemptAsync(app, from, forwardedFor: "198.51.100.1");
        var birch = await SignInAttemptAsync(app, from, forwardedFor: "198.51.100.2");
        var alderAgain = await SignInAttemptAsync(app, from, forwardedFor: "198.51.100.1");
        var challenged = await app.SendFromAsync(from, "GET", "/circles", ("X-Forwarded-For", "198.51.100.1"), ("X-Forwarded-Proto", "https"));

        // Each person behind the proxy has their own allowance, counted by their own address.
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, alder.Response.StatusCode);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, birch.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, alderAgain.Response.StatusCode);
        Assert.StartsWith("https://", challenged.Response.Headers.Location.ToString(), StringComparison.Ordinal);
        Assert.True(challenged.Response.Headers.ContainsKey("Strict-Transport-Security"), "HSTS is sent on the HTTPS the proxy reported.");
    }

    [Theory]
    [InlineData(null, "max-age=31536000")] // a year; subdomains only when the operator says so
    [InlineData("false", "max-age=31536000")]
    [InlineData("", "max-age=31536000")]
    [InlineData("true", "max-age=31536000; includeSubDomains")]
    public async Task Hsts_lasts_a_year_and_covers_subdomains_only_when_configured(string? includeSubDomains, string expected)
    {
        await using var app = App(Proxy, includeSubDomains);

        var page = await app.SendFromAsync(Proxy, "GET", "/", ("X-Forwarded-For", "198.51.100.1"), ("X-Forwarded-Proto", "https"));

        Assert.Equal(expected, page.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task An_hsts_setting_that_is_not_true_or_false_stops_start_up_with_the_setting_named()
    {
        await using var app = App(Proxy, "sometimes");

        var problem = Assert.ThrowsAny<Exception>(app.Start);

        Assert.Contains("SamePage:Hsts:IncludeSubDomains", Flatten(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_address_that_is_not_an_address_stops_start_up_with_the_setting_named()
    {
        await using var app = App("not-an-address");

        var problem = Assert.ThrowsAny<Exception>(app.Start);

        Assert.Contains("SamePage:KnownProxies", Flatten(problem), StringComparison.Ordinal);
    }

    /// <summary>A sign-in form posted without a token: refused (400) unless the rate limit refuses it first (429).</summary>
    private static Task<HttpContext> SignInAttemptAsync(AppFactory app, string from, string forwardedFor) =>
        app.SendFromAsync(from, "POST", "/signin", ("X-Forwarded-For", forwardedFor), ("Content-Type", "application/x-www-form-urlencoded"));

    private static AppFactory App(string? knownProxies, string? includeSubDomains = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SamePage:RateLimits:SignIn:PermitLimit"] = "1",
            ["SamePage:RateLimits:SignIn:WindowSeconds"] = "3600",
            ["SamePage:PublicUrl"] = "https://samepage.example", // behind a proxy, as deployed
        };
        if (includeSubDomains is not null)
        {
            settings["SamePage:Hsts:IncludeSubDomains"] = includeSubDomains;
        }

        var proxies = knownProxies?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        for (var i = 0; i < proxies.Length; i++)
        {
            settings[$"SamePage:KnownProxies:{i}"] = proxies[i];
        }

        return new AppFactory(DatabaseProvider.Sqlite, settings);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Flatten(e.InnerException);
}
