using System.IO.Compression;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accounts;

/// <summary>Issue 7, "Export and delete": the real path, from writing something to the goodbye page.</summary>
[Collection(BrowserTests.Name)]
public sealed class ExportAndDeleteTests(BrowserFixture app)
{
    [Fact]
    public async Task Someone_downloads_everything_of_theirs_then_deletes_their_account_and_is_said_goodbye_to()
    {
        var secret = $"Something only I know ✓ {Guid.NewGuid():N}"[..40];
        await using var alex = await Person.OpenAsync(app);
        await alex.SignUpAsync("alex");
        await alex.CreateCircleAsync("Us", "Alex");
        await alex.GoToAsync($"{alex.CirclePath}/rounds/1/journal");
        await alex.WriteJournalAsync(new Dictionary<string, string> { [JournalWords.PastBetrayals] = secret });

        // A mistyped passphrase downloads nothing and says so kindly, keeping the choice of files.
        await alex.GoToAsync("/account");
        await alex.Page.GetByLabel("A readable page (HTML)").CheckAsync();
        await alex.Field("Your passphrase").FillAsync("not quite my passphrase");
        await alex.FollowAsync(alex.Button("Download everything of mine"));
        Assert.Equal("/account/export", alex.Path);
        await Expect(alex.Page.Locator("#export-error")).ToContainTextAsync("doesn't match your account");
        await Expect(alex.Page.GetByLabel("A readable page (HTML)")).ToBeCheckedAsync();

        // The right one: both files in one zip, the default.
        await alex.Page.GetByLabel("Both, in one zip file").CheckAsync();
        await alex.Field("Your passphrase").FillAsync(Person.Passphrase);
        var download = await alex.Page.RunAndWaitForDownloadAsync(() => alex.Button("Download everything of mine").ClickAsync());
        Assert.Matches("^samepage-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.zip$", download.SuggestedFilename);
        using (var zip = ZipFile.OpenRead(await download.PathAsync()))
        {
            Assert.Equal([".html", ".json"], zip.Entries.Select(e => Path.GetExtension(e.Name)).Order());
            var json = await ReadAsync(zip.Entries.Single(e => e.Name.EndsWith(".json", StringComparison.Ordinal)));
            Assert.Contains(secret, json, StringComparison.Ordinal);
            Assert.Contains(alex.Username, json, StringComparison.Ordinal);

            // The readable page opens on its own, shows the writing, and asks nothing of any server.
            var html = await ReadAsync(zip.Entries.Single(e => e.Name.EndsWith(".html", StringComparison.Ordinal)));
            var requests = new List<string>();
            var copy = await alex.Page.Context.NewPageAsync();
            copy.Request += (_, request) => requests.Add(request.Url);
            await copy.SetContentAsync(html);
            await Expect(copy.Locator("h1")).ToHaveTextAsync("Everything of mine in SamePage");
            await Expect(copy.Locator("main")).ToContainTextAsync(secret);
            await PageChecks.AssertNoAxeViolationsAsync(copy);
            Assert.Empty(requests);
            await copy.CloseAsync();
        }

        // Delete: the page says what happens, and the passphrase confirms it.
        await alex.GoToAsync("/account");
        await alex.FollowAsync(alex.Link("Delete my account"));
        Assert.Equal("/account/delete", alex.Path);
        await Expect(alex.Page.Locator("#what-happens")).ToContainTextAsync("can't be undone");
        await Expect(alex.Link("Download everything of mine")).ToBeVisibleAsync();
        await alex.Field("Your passphrase").FillAsync(Person.Passphrase);
        await alex.FollowAsync(alex.Button("Delete my account and everything of mine"));

        Assert.Equal("/goodbye", alex.Path);
        await Expect(alex.Page.Locator("h1")).ToHaveTextAsync("Your account is deleted");
        await alex.GoToAsync("/circles");
        Assert.Equal("/signin", alex.Path);
    }

    private static async Task<string> ReadAsync(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return await reader.ReadToEndAsync();
    }
}
