using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// One person at one browser: their own cookie jar, every response they received, and the things
/// they do in SamePage as intent methods. Forms are posted the way a browser posts them, with the
/// antiforgery token of a page they loaded.
/// </summary>
public sealed partial class Person : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private readonly HttpClient _client;
    private readonly List<WebPage> _history = [];
    private string? _token;

    /// <param name="address">Where the browser reaches the app: http://localhost unless a test needs https.</param>
    /// <param name="handlers">What else stands between this browser and the app (e.g. one that accepts compressed pages).</param>
    internal Person(AppFactory app, Uri? address = null, params DelegatingHandler[] handlers)
    {
        _client = app.CreateDefaultClient(address ?? new Uri("http://localhost"), [new CookieContainerHandler(Cookies), .. handlers]);
    }

    /// <param name="address">Where the browser reaches a real server (an app process, a proxy).</param>
    /// <param name="transport">The browser's network stack (it must not follow redirects or keep cookies itself).</param>
    internal Person(Uri address, HttpMessageHandler transport)
    {
        _client = new HttpClient(new CookieContainerHandler(Cookies) { InnerHandler = transport }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>What this browser's Accept-Language says ("es-ES,es;q=0.9"); nothing when null.</summary>
    public string? AcceptLanguage { get; set; }

    /// <summary>The same person, with the same browser cookies, using another running app (e.g. after a restart).</summary>
    public Person MoveTo(AppFactory app, bool keepCookies = true)
    {
        var moved = new Person(app) { Username = Username, Passphrase = Passphrase, RecoveryCode = RecoveryCode };
        if (keepCookies)
        {
            moved.Cookies.Add(Cookies.GetAllCookies());
        }

        return moved;
    }

    public string Username { get; private set; } = string.Empty;

    public string Passphrase { get; set; } = string.Empty;

    public string? RecoveryCode { get; set; }

    /// <summary>Every response this person has received, in order.</summary>
    public IReadOnlyList<WebPage> History => _history;

    public Task<WebPage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Follows a redirect the way a browser would.</summary>
    public Task<WebPage> FollowAsync(WebPage redirect)
    {
        Assert.True(redirect.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect, got {redirect} with: {redirect.Text}");
        return GetAsync(redirect.Location!);
    }

    /// <summary>Posts a form with this person's antiforgery token, as a browser would after loading a page.</summary>
    public async Task<WebPage> PostFormAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = await AntiforgeryTokenAsync();
        return await PostWithoutTokenAsync(url, [.. fields, (TokenField, token)]);
    }

    /// <summary>Posts exactly these fields: no antiforgery token unless the caller adds one.</summary>
    public Task<WebPage> PostWithoutTokenAsync(string url, params (string Name, string Value)[] fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        });

    /// <summary>
    /// A token from a form this person can load now. It stays valid while the same account (or nobody)
    /// is signed in, so it is kept until the sign-in cookie changes.
    /// </summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        if (_token is not null)
        {
            return _token;
        }

        foreach (var page in new[] { "/circles/new", "/signin" })
        {
            var response = await GetAsync(page);
            if (response.Status == HttpStatusCode.OK && TokenIn(response) is { } token)
            {
                return _token = token;
            }
        }

        throw new InvalidOperationException("No page with a form gave an antiforgery token.");
    }

    public static string? TokenIn(WebPage page) =>
        (page.Find($"input[name={TokenField}]") as IHtmlInputElement)?.Value;

    // ------------------------------------------------------------------ accounts

    /// <summary>Signs up and keeps the recovery code shown once.</summary>
    public async Task<WebPage> SignUpAsync(string username, string passphrase)
    {
        var page = await PostFormAsync("/signup", ("Username", username), ("Passphrase", passphrase));
        Assert.True(page.Status == HttpStatusCode.OK, $"Sign-up answered {page}");
        var code = page.Find("[data-recovery-code]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(code), $"Sign-up showed no recovery code: {page.Text}");
        Username = username;
        Passphrase = passphrase;
        RecoveryCode = code;
        return page;
    }

    public Task<WebPage> SignInAsync(string? username = null, string? passphrase = null) =>
        PostFormAsync("/signin", ("Username", username ?? Username), ("Passphrase", passphrase ?? Passphrase));

    public Task<WebPage> SignOutAsync() => PostFormAsync("/signout");

    // ------------------------------------------------------------------ circles

    /// <summary>Starts a circle and returns its id.</summary>
    public async Task<Guid> CreateCircleAsync(string? name = null, string? displayName = null)
    {
        var page = await PostFormAsync("/circles/new", ("Name", name ?? "Us"), ("DisplayName", displayName ?? Names.DisplayName()));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Creating a circle answered {page}: {page.Text}");
        return Guid.Parse(page.Location!.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    /// <summary>Creates an invite and returns the code, shown once.</summary>
    public async Task<string> InviteAsync(Guid circle)
    {
        var page = await PostFormAsync(Paths.Invite(circle));
        Assert.True(page.Status == HttpStatusCode.OK, $"Inviting answered {page}");
        var code = page.Find("[data-invite-code]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(code), $"No invite code shown: {page.Text}");
        return code!;
    }

    public Task<WebPage> JoinAsync(string code, string? displayName = null) =>
        PostFormAsync("/join", ("Code", code), ("DisplayName", displayName ?? Names.DisplayName()));

    /// <summary>Joins with an invite that must work.</summary>
    public async Task JoinCircleAsync(Guid circle, string code, string? displayName = null)
    {
        var page = await JoinAsync(code, displayName);
        Assert.True(page.Status == HttpStatusCode.Redirect && page.Location == Paths.Circle(circle),
            $"Joining answered {page}: {page.Text}");
    }

    public Task<WebPage> LeaveAsync(Guid circle) => PostFormAsync(Paths.Leave(circle));

    // ------------------------------------------------------------------ rounds

    /// <summary>Saves one page of the questionnaire with the Save button (no JavaScript).</summary>
    public Task<WebPage> AnswerPageAsync(Guid circle, int round, string category, IEnumerable<(string BehaviourId, string Stance)> answers, string go = "save") =>
        PostFormAsync(Paths.Answer(circle, round, category),
            [.. answers.Select(a => ($"Answers[{a.BehaviourId}]", a.Stance)), ("go", go)]);

    /// <summary>Answers every behaviour of the catalogue, page by page, with the stance the pattern gives.</summary>
    public async Task AnswerAllAsync(Guid circle, int round, Func<Behaviour, Stance> pattern)
    {
        foreach (var category in TestCatalogue.Catalogue.Categories)
        {
            var answers = TestCatalogue.Catalogue.InCategory(category.Id).Select(b => (b.Id, pattern(b).ToString()));
            var page = await AnswerPageAsync(circle, round, category.Id, answers);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"Saving {category.Id} answered {page}: {page.Text}");
        }
    }

    public Task AnswerAllAsync(Guid circle, int round, Stance stance) => AnswerAllAsync(circle, round, _ => stance);

    /// <summary>Saves the "How I connect" page: item id → step ("0" to "4", or "" for rather not say).</summary>
    public Task<WebPage> AnswerStylesAsync(Guid circle, int round, IEnumerable<(string ItemId, string Step)> answers, string go = "save") =>
        PostFormAsync(Paths.Styles(circle, round), [.. answers.Select(a => ($"Styles[{a.ItemId}]", a.Step)), ("go", go)]);

    /// <summary>Answers every "How I connect" item with the same step.</summary>
    public async Task AnswerAllStylesAsync(Guid circle, int round, int step)
    {
        var page = await AnswerStylesAsync(circle, round, TestCatalogue.Styles.Items.Select(i => (i.Id, step.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Saving how I connect answered {page}: {page.Text}");
    }

    public Task<WebPage> SubmitAsync(Guid circle, int round) => PostFormAsync(Paths.Submit(circle, round));

    // ------------------------------------------------------------------ plumbing

    private async Task<WebPage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (AcceptLanguage is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Language", AcceptLanguage);
            }

            using var response = await _client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var page = new WebPage(request.Method, request.RequestUri!.OriginalString, response.StatusCode, response.Headers, response.Content.Headers, body);
            _history.Add(page);
            if (page.SetCookies.Any(c => c.StartsWith("samepage=", StringComparison.Ordinal) || c.StartsWith("__Host-samepage=", StringComparison.Ordinal)))
            {
                // Signed in or out: tokens are bound to who is signed in.
                _token = null;
            }

            return page;
        }
    }

    public void Dispose() => _client.Dispose();
}
