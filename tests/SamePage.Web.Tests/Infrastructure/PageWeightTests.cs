using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using Xunit.Abstractions;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>
/// Issue 12, "Measured, not asserted": a page with its stylesheets and scripts, as transferred (static
/// files compressed as served, the page's HTML as sent), stays within 30 KB, of which at most 10 KB is
/// JavaScript. Icons and the manifest are fetched once and cached, so they are not counted per page.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class PageWeightTests(SharedApps apps, ITestOutputHelper output)
{
    private const int PageBudget = 30 * 1024;
    private const int ScriptBudget = 10 * 1024;

    [Fact]
    public async Task Home_sign_in_sign_up_the_recovery_code_and_settings_stay_within_the_page_budget()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var stranger = app.NewPerson();
        using var person = app.NewPerson();
        var pages = new Dictionary<string, WebPage>
        {
            ["home"] = await stranger.GetAsync("/"),
            ["sign in"] = await stranger.GetAsync("/signin"),
            ["sign up"] = await stranger.GetAsync("/signup"),
            ["recovery code"] = await person.SignUpAsync(Names.Username(), Names.Passphrase()),
            ["settings"] = await person.GetAsync("/account"),
        };

        using var client = app.CreateClient();
        var report = new StringBuilder();
        foreach (var (name, page) in pages)
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var html = Encoding.UTF8.GetByteCount(page.Body);
            var css = 0;
            var js = 0;
            foreach (var sheet in page.FindAll("link[rel=stylesheet]"))
            {
                css += await TransferredAsync(client, sheet.GetAttribute("href")!);
            }

            foreach (var script in page.FindAll("script[src]"))
            {
                js += await TransferredAsync(client, script.GetAttribute("src")!);
            }

            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name}: HTML {html} + CSS {css} + JS {js} = {html + css + js} bytes");
            Assert.True(css > 0 && js > 0, $"{name}: no stylesheet or script found.\n{report}");
            Assert.True(js <= ScriptBudget, $"{name}: {js} bytes of JavaScript, over {ScriptBudget}.\n{report}");
            Assert.True(html + css + js <= PageBudget, $"{name}: {html + css + js} bytes, over {PageBudget}.\n{report}");
        }

        output.WriteLine(report.ToString());
    }

    /// <summary>The bytes on the wire for a static file, as a browser asking for compression receives it.</summary>
    private static async Task<int> TransferredAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        Assert.True(response.Content.Headers.ContentEncoding.Count > 0, $"{url} is not served compressed: {response.Headers} {response.Content.Headers}");
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
