using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>Issue 7, "Export": download everything of mine, after typing the passphrase again.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class ExportTests(SharedApps apps)
{
    private const string ExportPath = "/account/export";

    [Theory, Providers]
    public async Task The_export_holds_everything_of_mine_and_nothing_others_keep_private(DatabaseProvider provider)
    {
        using var lived = await LivedInCircle.CreateAsync(apps.For(provider));
        var (a, b) = (lived.Alder, lived.Birch);

        var download = await a.PostForDownloadAsync(ExportPath, ("passphrase", a.Passphrase), ("format", "Json"));
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/json", download.ContentType);
        Assert.Equal("attachment", download.DispositionType);
        Assert.Matches("^samepage-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.json$", download.FileName);
        Assert.Equal("no-store", download.CacheControl);

        var json = JsonDocument.Parse(download.Bytes).RootElement;
        var texts = Strings(json);
        Assert.Equal(a.Username, json.GetProperty("account").GetProperty("username").GetString());
        var circle = json.GetProperty("circles").EnumerateArray().Single();
        Assert.Equal("Us", circle.GetProperty("name").GetString());
        Assert.Equal("Alder", circle.GetProperty("yourName").GetString());
        Assert.Equal(["Birch"], circle.GetProperty("otherMembers").EnumerateArray().Select(e => e.GetString()));

        // Everything Alder wrote, and what Birch chose to show Alder (a shared concern, a reply to Alder's).
        foreach (var text in lived.A.All.Concat([lived.B.ConcernShared, lived.B.Reply]))
        {
            Assert.Contains(texts, t => t.Contains(text, StringComparison.Ordinal));
        }

        // Nothing Birch keeps private: journal, drafts, self-checks; nor Birch's own check-in answers.
        foreach (var text in lived.B.Private.Concat([lived.B.SharedJournal, lived.B.Appreciation]))
        {
            Assert.DoesNotContain(texts, t => t.Contains(text, StringComparison.Ordinal));
        }

        // Round 1 is revealed: compared with Birch. Round 2 is not: Alder's own answers only, Birch's draft nowhere.
        var rounds = circle.GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal([1, 2], rounds.Select(r => r.GetProperty("number").GetInt32()));
        var comparison = rounds[0].GetProperty("comparisons").EnumerateArray().Single();
        Assert.Equal("Birch", comparison.GetProperty("with").GetString());
        Assert.All(comparison.GetProperty("items").EnumerateArray(), i => Assert.Equal("Fine with me — no need to mention it", i.GetProperty("theirs").GetString()));
        Assert.False(rounds[1].GetProperty("revealed").GetBoolean());
        Assert.True(rounds[1].GetProperty("submitted").GetBoolean());
        Assert.Empty(rounds[1].GetProperty("comparisons").EnumerateArray());
        Assert.All(rounds[1].GetProperty("answers").EnumerateArray(), x => Assert.Equal("Betrayal", x.GetProperty("stance").GetString()));
        Assert.DoesNotContain(LivedInCircle.BirchDraftStance.ToString(), download.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fine, but I'd like to know", download.Text, StringComparison.Ordinal);

        var journal = rounds[0].GetProperty("journal").EnumerateArray().ToDictionary(j => j.GetProperty("text").GetString()!, j => j.GetProperty("shared").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { [lived.A.PrivateJournal] = false, [lived.A.SharedJournal] = true }, journal);

        var version = circle.GetProperty("agreementVersions").EnumerateArray().Single();
        Assert.True(version.GetProperty("youSigned").GetBoolean());
        Assert.Equal(["Alder", "Birch"], version.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order());

        // Birch's export, the other way round, has none of Alder's private writing.
        var birchTexts = Strings(JsonDocument.Parse((await b.PostForDownloadAsync(ExportPath, ("passphrase", b.Passphrase), ("format", "Json"))).Bytes).RootElement);
        Assert.Contains(birchTexts, t => t.Contains(lived.B.PrivateJournal, StringComparison.Ordinal));
        foreach (var text in lived.A.Private)
        {
            Assert.DoesNotContain(birchTexts, t => t.Contains(text, StringComparison.Ordinal));
        }
    }

    [Theory, Providers]
    public async Task The_readable_copy_says_the_same_loads_nothing_and_comes_with_the_json_in_one_zip(DatabaseProvider provider)
    {
        using var lived = await LivedInCircle.CreateAsync(apps.For(provider));
        var a = lived.Alder;

        var html = await a.PostForDownloadAsync(ExportPath, ("passphrase", a.Passphrase), ("format", "Html"));
        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.Equal("text/html", html.ContentType);
        Assert.Equal("attachment", html.DispositionType);
        Assert.EndsWith(".html", html.FileName, StringComparison.Ordinal);
        Assert.Equal("no-store", html.CacheControl);
        var document = new HtmlParser().ParseDocument(html.Text);
        Assert.Equal("Everything of mine in SamePage", document.QuerySelector("h1")!.TextContent);
        var text = document.Body!.TextContent;
        foreach (var sentinel in lived.A.All.Concat([lived.B.ConcernShared, lived.B.Reply]))
        {
            Assert.Contains(sentinel, text, StringComparison.Ordinal);
        }

        foreach (var sentinel in lived.B.Private)
        {
            Assert.DoesNotContain(sentinel, text, StringComparison.Ordinal);
        }

        // Self-contained: no script, no link, no image, nothing with an address; and it forbids loading anything.
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, [src], [href]"));
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);

        var zip = await a.PostForDownloadAsync(ExportPath, ("passphrase", a.Passphrase), ("format", "Both"));
        Assert.Equal("application/zip", zip.ContentType);
        Assert.EndsWith(".zip", zip.FileName, StringComparison.Ordinal);
        Assert.Equal("no-store", zip.CacheControl);
        using var archive = new ZipArchive(new MemoryStream(zip.Bytes));
        Assert.Equal([".html", ".json"], archive.Entries.Select(e => Path.GetExtension(e.Name)).Order());
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var content = await reader.ReadToEndAsync();
            Assert.Contains(entry.Name.EndsWith(".json", StringComparison.Ordinal) ? lived.A.Clause : "<h1>", content, StringComparison.Ordinal);
        }

        // The address says nothing about the person, and neither do the file names.
        Assert.All(a.History, page => Assert.DoesNotContain(a.Passphrase, page.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(a.Username, zip.FileName!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(a.Username, html.FileName!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, Providers]
    public async Task A_wrong_passphrase_downloads_nothing_and_counts_toward_the_sign_in_pause(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        var id = await person.CreateCircleAsync("Ours", "Alder");
        await person.WriteJournalAsync(id, 1, ("past-betrayals", "A secret I keep"));

        var wrong = await person.PostFormAsync(ExportPath, ("passphrase", "not my passphrase at all"), ("format", "Json"));
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal("text/html", wrong.ContentType);
        Assert.Null(wrong.ContentHeaders?.ContentDisposition);
        Assert.Contains("doesn't match your account", wrong.Find("#export-error")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("A secret I keep", wrong.Body, StringComparison.Ordinal);
        Assert.True(wrong.Find("#format-json")!.HasAttribute("checked"), "The format chosen stays chosen.");
        var empty = await person.PostFormAsync(ExportPath, ("format", "Json"));
        Assert.NotNull(empty.Find("#export-error"));

        // Like signing in: ten wrong passphrases pause the account, even for the right one.
        for (var i = 0; i < 9; i++)
        {
            await person.PostFormAsync(ExportPath, ("passphrase", $"wrong guess {i}"), ("format", "Json"));
        }

        var paused = await person.PostFormAsync(ExportPath, ("passphrase", person.Passphrase), ("format", "Json"));
        Assert.Equal("text/html", paused.ContentType);
        Assert.Contains("paused", paused.Find("#export-error")!.TextContent, StringComparison.Ordinal);
        using var elsewhere = app.NewPerson();
        var signIn = await elsewhere.SignInAsync(person.Username, person.Passphrase);
        Assert.Equal(HttpStatusCode.OK, signIn.Status); // the sign-in page again, not a redirect into the app
    }

    [Theory, Providers]
    public async Task The_account_page_offers_the_download_and_the_way_to_delete(DatabaseProvider provider)
    {
        using var person = await apps.For(provider).SignUpAsync();

        var settings = await person.GetAsync("/account");
        Assert.Equal(ExportPath, settings.Find("#export form")!.GetAttribute("action"));
        Assert.NotNull(settings.Find("#export input[type=password][name=passphrase]"));
        Assert.NotNull(settings.Find($"#export form input[name={Person.TokenField}]"));
        Assert.Equal(["Both", "Html", "Json"], settings.FindAll("#export input[name=format]").Select(i => i.GetAttribute("value")!));
        Assert.NotNull(settings.Find("#delete a[href='/account/delete']"));

        using var stranger = apps.For(provider).NewPerson();
        var anonymous = await stranger.PostFormAsync(ExportPath, ("passphrase", "anything at all here"));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.StartsWith("/signin", anonymous.Location!.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Every string value in a JSON document.</summary>
    private static List<string> Strings(JsonElement element)
    {
        var found = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    found.Add(e.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(element);
        return found;
    }
}
