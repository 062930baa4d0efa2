using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>
/// Issue 12: stylesheets, scripts and icons are fingerprinted, served compressed and cached for a year
/// (MapStaticAssets), while pages stay uncached; and the app installs on a phone with its manifests.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class StaticAssetTests(SharedApps apps)
{
    [Fact]
    public async Task Pages_link_fingerprinted_files_that_are_served_compressed_and_cached_for_a_year()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = app.NewPerson();
        var home = await person.GetAsync("/");
        Assert.Contains("no-store", home.Header("Cache-Control"), StringComparison.Ordinal);
        var files = home.FindAll("link[rel=stylesheet], link[rel=icon], link[rel=apple-touch-icon], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Contains(files, f => f.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("/js/quick-exit.", StringComparison.Ordinal));

        using var client = app.CreateClient();
        foreach (var file in files)
        {
            Assert.Matches("^/[a-z]+/[a-z-]+\\.[a-z0-9]{6,}\\.[a-z]+$", file); // name.fingerprint.extension
            using var request = new HttpRequestMessage(HttpMethod.Get, file);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode}");
            var cache = response.Headers.CacheControl;
            Assert.True(cache is not null, $"{file}: no Cache-Control in {response.Headers} {response.Content.Headers}");
            Assert.True(cache.MaxAge >= TimeSpan.FromDays(365) && cache.Extensions.Any(e => e.Name == "immutable"), $"{file}: Cache-Control {cache}");
            Assert.False(cache!.NoStore, file);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            if (file.EndsWith(".css", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal) || file.EndsWith(".svg", StringComparison.Ordinal))
            {
                Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
            }
        }
    }

    [Fact]
    public async Task The_manifest_names_SamePage_with_icons_that_exist_and_discreet_mode_links_a_neutral_one()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = app.NewPerson();
        await person.SignUpAsync(Names.Username(), Names.Passphrase());

        var circles = await person.GetAsync("/circles");
        Assert.Equal("/manifest.webmanifest", circles.Find("link[rel=manifest]")!.GetAttribute("href"));
        await AssertManifestAsync(person, "/manifest.webmanifest", "SamePage");

        await person.PostFormAsync("/account?handler=Discreet", ("on", "true"));
        var discreet = await person.GetAsync("/circles");
        Assert.Equal("/notes.webmanifest", discreet.Find("link[rel=manifest]")!.GetAttribute("href"));
        Assert.Equal("Notes", discreet.Find("title")!.TextContent);
        Assert.DoesNotContain("SamePage", discreet.Find("header")!.TextContent, StringComparison.Ordinal);
        var notes = await AssertManifestAsync(person, "/notes.webmanifest", "Notes");
        Assert.DoesNotContain("SamePage", notes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("icon-", notes, StringComparison.Ordinal); // the neutral icons only
    }

    private static async Task<string> AssertManifestAsync(Person person, string url, string name)
    {
        var response = await person.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/manifest+json", response.ContentType);
        var manifest = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal(name, manifest.GetProperty("name").GetString());
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192" && i.GetProperty("type").GetString() == "image/png");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("type").GetString() == "image/png");
        Assert.Contains(icons, i => i.GetProperty("type").GetString() == "image/svg+xml");
        foreach (var icon in icons)
        {
            var file = await person.DownloadAsync(icon.GetProperty("src").GetString()!);
            Assert.True(file.Status == HttpStatusCode.OK && file.ContentType == icon.GetProperty("type").GetString(), $"{icon}: {file}");
            Assert.True(file.Bytes.Length < 10_000, $"{icon} is {file.Bytes.Length} bytes");
        }

        return response.Body;
    }
}
