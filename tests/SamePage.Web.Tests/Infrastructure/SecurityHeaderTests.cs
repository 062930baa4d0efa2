using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>STYLE "Security by default", checked on every page a whole journey through the app visits.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class SecurityHeaderTests(SharedApps apps)
{
    [Fact]
    public async Task Every_page_of_a_whole_journey_has_the_protective_headers()
    {
        var pages = await JourneyAsync(apps.For(DatabaseProvider.Sqlite));

        var html = pages.Where(p => p.IsHtml).ToList();
        Assert.True(html.Count > 40, $"Only {html.Count} HTML pages were visited.");
        Assert.Contains(html, p => p.Status == HttpStatusCode.NotFound);
        Assert.Contains(html, p => p.Status == HttpStatusCode.BadRequest);
        foreach (var page in html)
        {
            var csp = page.Header("Content-Security-Policy");
            Assert.False(csp is null, $"No CSP on {page}");
            Assert.Contains("default-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.True(page.Header("X-Content-Type-Options") == "nosniff", $"X-Content-Type-Options on {page}");
            Assert.True(page.Header("Referrer-Policy") == "no-referrer", $"Referrer-Policy on {page}");
            Assert.True(page.Header("X-Frame-Options") == "DENY", $"X-Frame-Options on {page}");
        }
    }

    [Fact]
    public async Task Every_form_of_a_whole_journey_that_posts_carries_an_antiforgery_token()
    {
        var pages = await JourneyAsync(apps.For(DatabaseProvider.Sqlite));

        var forms = 0;
        foreach (var page in pages.Where(p => p.IsHtml))
        {
            foreach (var form in page.FindAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                Assert.True(form.QuerySelector($"input[type=hidden][name={Person.TokenField}]") is not null,
                    $"A form on {page} has no antiforgery token: {form.OuterHtml[..Math.Min(200, form.OuterHtml.Length)]}");
            }
        }

        Assert.True(forms > 20, $"Only {forms} forms were seen.");
    }

    [Fact]
    public async Task Pages_load_nothing_from_elsewhere_and_have_no_inline_script_or_style()
    {
        var pages = await JourneyAsync(apps.For(DatabaseProvider.Sqlite));

        foreach (var page in pages.Where(p => p.IsHtml))
        {
            Assert.Empty(page.FindAll("script:not([src]), style, [style]"));
            foreach (var element in page.FindAll("script[src], link[href], img[src]"))
            {
                var address = element.GetAttribute("src") ?? element.GetAttribute("href")!;
                Assert.True(address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal), $"{page} loads {address}");
            }

            Assert.Empty(page.FindAll("[onclick], [onload], [onchange], [onsubmit]"));
        }
    }

    [Fact]
    public async Task The_sign_in_and_form_cookies_are_HttpOnly_and_SameSite_Strict()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var form = await person.GetAsync("/signup");
        var signedUp = await person.SignUpAsync(Names.Username(), Names.Passphrase());

        var auth = Assert.Single(signedUp.SetCookies, c => c.StartsWith("samepage=", StringComparison.Ordinal));
        var antiforgery = Assert.Single(form.SetCookies, c => c.StartsWith("samepage-form=", StringComparison.Ordinal));
        foreach (var cookie in new[] { auth, antiforgery })
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=strict", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal) || a.StartsWith("max-age=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Static_files_and_health_are_served_with_the_same_headers()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();

        foreach (var url in new[] { "/css/site.css", "/js/autosave.js", "/js/quick-exit.js", "/health" })
        {
            var response = await person.GetAsync(url);
            Assert.True(response.Status == HttpStatusCode.OK, $"{response}");
            Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
            Assert.NotNull(response.Header("Content-Security-Policy"));
        }
    }

    [Fact]
    public async Task Pages_about_a_relationship_are_never_cached()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");

        var page = await circle[0].GetAsync(Paths.Circle(circle.Circle));

        Assert.Contains("no-store", page.Header("Cache-Control"));
    }

    /// <summary>Two people through every kind of page: accounts, circles, invites, answers, review, reveal, comparison, errors.</summary>
    private static async Task<IReadOnlyList<WebPage>> JourneyAsync(AppFactory app)
    {
        using var a = app.NewPerson();
        using var b = app.NewPerson();
        foreach (var url in new[] { "/", "/signup", "/signin", "/recover", "/help", "/signout" })
        {
            await a.GetAsync(url);
        }

        await a.SignUpAsync(Names.Username(), Names.Passphrase());
        await b.SignUpAsync(Names.Username(), Names.Passphrase());
        await a.GetAsync("/circles/new");
        var id = await a.CreateCircleAsync("Us", "Alder");
        await a.GetAsync(Paths.Invite(id));
        var code = await a.InviteAsync(id);
        await b.GetAsync($"/join?code={code}");
        await b.JoinCircleAsync(id, code, "Birch");
        await a.GetAsync("/join");

        foreach (var (person, stance) in new[] { (a, Stance.Fine), (b, Stance.Betrayal) })
        {
            await person.GetAsync("/circles");
            await person.GetAsync(Paths.Circle(id));
            await person.GetAsync(Paths.Leave(id));
            await person.GetAsync(Paths.Answer(id, 1));
            foreach (var category in TestCatalogue.Categories)
            {
                await person.GetAsync(Paths.Answer(id, 1, category.Id));
            }

            await person.GetAsync(Paths.Review(id, 1));
            await person.AnswerAllAsync(id, 1, stance);
            await person.GetAsync(Paths.Review(id, 1));
            await person.FollowAsync(await person.SubmitAsync(id, 1));
        }

        await a.GetAsync(Paths.Comparison(id, 1));
        await a.GetAsync(Paths.Circle(id));
        await a.GetAsync(Paths.Circle(Guid.NewGuid()));
        await a.PostWithoutTokenAsync(Paths.Invite(id));
        await a.GetAsync("/status/429");
        await a.GetAsync("/status/500");
        await a.SignOutAsync();
        await a.GetAsync("/signout?done=true");
        return [.. a.History, .. b.History];
    }
}
