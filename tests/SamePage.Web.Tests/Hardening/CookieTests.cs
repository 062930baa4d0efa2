using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// The sign-in cookie and the form-token cookie are HttpOnly and SameSite=Strict everywhere, and
/// Secure whenever they could cross a network: over HTTPS, from another machine, or through a proxy.
/// Only plain HTTP from the same machine (development, the browser tests) gets them without Secure.
/// Secure ones carry the <c>__Host-</c> prefix (Path=/, no Domain), so no subdomain can plant or overwrite them.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class CookieTests(SharedApps apps)
{
    private const string SignInCookie = "samepage";
    private const string FormCookie = "samepage-form";
    private const string HostPrefix = "__Host-";

    [Fact]
    public async Task Over_https_the_sign_in_and_form_cookies_are_secure_http_only_strict_and_host_only()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson(new Uri("https://localhost"));

        var form = await person.GetAsync("/signup");
        var signedUp = await person.SignUpAsync(Names.Username(), Names.Passphrase());

        AssertFlags(Cookie(form.SetCookies, HostPrefix + FormCookie), secure: true, hostOnly: true);
        AssertFlags(Cookie(signedUp.SetCookies, HostPrefix + SignInCookie), secure: true, hostOnly: true);
        Assert.Null(Cookie(signedUp.SetCookies, SignInCookie)); // never by the plain name over https
        Assert.Equal(System.Net.HttpStatusCode.OK, (await person.GetAsync("/circles")).Status); // and the browser sends them back over https
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await person.SignOutAsync()).Status); // the form token is read by its __Host- name too
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await person.GetAsync("/circles")).Status);
    }

    [Fact]
    public async Task Over_https_a_cookie_sent_by_the_plain_name_is_ignored()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync(); // over plain http on this machine: the plain name
        var cookie = person.Cookies.GetAllCookies().Single(c => c.Name == SignInCookie).Value;
        using var planted = app.NewPerson(new Uri("https://localhost"));
        planted.Cookies.Add(new System.Net.Cookie(SignInCookie, cookie, "/", "localhost"));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await person.GetAsync("/circles")).Status);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await planted.GetAsync("/circles")).Status); // planted without the prefix: not read
    }

    [Fact]
    public async Task Over_plain_http_on_the_same_machine_the_cookies_are_http_only_and_strict_but_not_secure()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var form = await person.GetAsync("/signup");
        var signedUp = await person.SignUpAsync(Names.Username(), Names.Passphrase());

        AssertFlags(Cookie(form.SetCookies, FormCookie), secure: false);
        AssertFlags(Cookie(signedUp.SetCookies, SignInCookie), secure: false);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("203.0.113.9", true)] // plain http across a network: Secure anyway, so the browser never sends it in clear
    [InlineData("192.168.1.20", true)]
    public async Task Plain_http_gets_cookies_without_secure_only_from_this_machine(string from, bool secure)
    {
        var answer = await apps.For(DatabaseProvider.Sqlite).SendFromAsync(from, "GET", "/signin");

        AssertFlags(answer.SetCookie(secure ? HostPrefix + FormCookie : FormCookie), secure, hostOnly: secure);
    }

    [Theory]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("X-Forwarded-For", "198.51.100.1")]
    [InlineData("Forwarded", "for=198.51.100.1;proto=https")]
    public async Task A_proxy_on_this_machine_that_is_not_configured_still_gets_secure_cookies(string header, string value)
    {
        var answer = await apps.For(DatabaseProvider.Sqlite).SendFromAsync("127.0.0.1", "GET", "/signin", (header, value));

        AssertFlags(answer.SetCookie(HostPrefix + FormCookie), secure: true, hostOnly: true);
    }

    [Fact]
    public async Task Https_reported_by_a_configured_proxy_gets_secure_cookies()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:KnownProxies:0"] = "127.0.0.1" });

        var answer = await app.SendFromAsync("127.0.0.1", "GET", "/signin", ("X-Forwarded-For", "127.0.0.1"), ("X-Forwarded-Proto", "https"));

        AssertFlags(answer.SetCookie(HostPrefix + FormCookie), secure: true, hostOnly: true);
    }

    private static string? Cookie(IEnumerable<string> setCookies, string name) =>
        setCookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private static void AssertFlags(string? setCookie, bool secure, bool hostOnly = false)
    {
        Assert.NotNull(setCookie);
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.True(secure == attributes.Contains("secure"), $"Expected {(secure ? "" : "no ")}Secure: {setCookie.Split(';')[0][..12]}…; {string.Join("; ", attributes)}");
        if (hostOnly)
        {
            // What the __Host- prefix requires, or the browser drops the cookie.
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        }
    }
}
