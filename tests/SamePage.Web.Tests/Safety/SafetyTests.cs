using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Safety;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Safety;

/// <summary>Issue 5: the private safety check stores nothing; the autonomy note is the same for everyone; help is open to all.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class SafetyTests(SharedApps apps)
{
    private const string AutonomyBehaviour = "sees-friends-on-their-own";

    [Fact]
    public async Task The_safety_check_stores_nothing_anywhere()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        var first = await person.GetAsync("/safety-check"); // warm up: the form's token exists before we look
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var (rowsBefore, filesBefore) = await SnapshotAsync(app);

        var result = await person.PostFormAsync("/safety-check",
            [.. SafetyCheck.Questions.Select(q => ($"Answers[{q.Id}]", q.Id == "afraid" ? "Often" : "Sometimes"))]);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Serious", result.Find("#safety-result")!.GetAttribute("data-level"));
        Assert.NotNull(result.Find("ul.help-lines"));
        Assert.Contains("Quick exit", result.Find("main")!.TextContent);
        Assert.DoesNotContain("afraid", result.Url, StringComparison.OrdinalIgnoreCase);
        var (rowsAfter, filesAfter) = await SnapshotAsync(app);
        Assert.Equal(rowsBefore, rowsAfter);
        Assert.Equal(filesBefore, filesAfter);
    }

    [Theory]
    [InlineData("Never", "Reassuring")]
    [InlineData("Sometimes", "Serious")]
    public async Task Anyone_can_take_the_check_signed_out_and_odd_answers_are_ignored(string answer, string level)
    {
        using var visitor = apps.For(DatabaseProvider.Sqlite).NewPerson();
        var page = await visitor.PostFormAsync("/safety-check", ("Answers[money]", answer), ("Answers[appearance]", answer), ("Answers[kept-from-people]", answer), ("Answers[threats]", "Furious"), ("Answers[nonsense]", "Often"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(level, page.Find("#safety-result")!.GetAttribute("data-level"));
    }

    [Fact]
    public async Task Help_is_reachable_signed_out_from_every_page_and_the_country_is_chosen_not_guessed()
    {
        using var visitor = apps.For(DatabaseProvider.Sqlite).NewPerson();
        var home = await visitor.GetAsync("/");
        Assert.Contains(home.FindAll("footer a"), a => a.GetAttribute("href") == "/help");

        var help = await visitor.GetAsync("/help");
        Assert.Equal(HttpStatusCode.OK, help.Status);
        Assert.Null(help.Find("#chosen-country"));
        Assert.Contains("1-800-799-7233", help.Text);
        Assert.Contains("0808 2000 247", help.Text);

        var uk = await visitor.GetAsync("/help?country=GB");
        Assert.Equal("GB", uk.Find("#chosen-country")!.GetAttribute("data-country"));
        Assert.Contains("0808 801 0327", uk.Find("#chosen-country")!.TextContent);
        Assert.Equal("GB", uk.Find("#country option[selected]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/resources?country=AU")).Status);
        Assert.Null((await visitor.GetAsync("/help?country=ZZ<script>")).Find("#chosen-country"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/safety-check")).Status);
    }

    [Fact]
    public async Task An_operator_can_replace_the_helplines()
    {
        var file = Path.Combine(Path.GetTempPath(), $"resources-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """[{ "code": "NZ", "name": "Aotearoa New Zealand", "lines": [{ "name": "A local line", "call": "0800 000 000" }] }]""");
        try
        {
            await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:ResourcesFile"] = file });
            using var visitor = app.NewPerson();
            var help = await visitor.GetAsync("/help");
            Assert.Contains("A local line", help.Text);
            Assert.DoesNotContain("1-800-799-7233", help.Text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, Providers]
    public async Task The_autonomy_note_is_the_same_for_every_member_and_names_nobody(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch", "Cedar");
        var id = circle.Circle;
        await circle[0].AnswerAllAsync(id, 1, Stance.TellMe);
        await circle[1].AnswerAllAsync(id, 1, b => b.Id == AutonomyBehaviour ? Stance.Betrayal : Stance.TellMe);
        await circle[2].AnswerAllAsync(id, 1, Stance.AskFirst);
        foreach (var member in circle.Members)
        {
            await member.SubmitAsync(id, 1);
        }

        var notes = new List<string>();
        foreach (var member in circle.Members)
        {
            var note = (await member.GetAsync(Paths.Comparison(id, 1))).Find("#autonomy-note");
            Assert.NotNull(note);
            notes.Add(note.OuterHtml);
            foreach (var name in circle.DisplayNames)
            {
                Assert.DoesNotContain(name, note.TextContent, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("abuse", note.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(TestCatalogue.Catalogue.Find(AutonomyBehaviour)!.Label, note.TextContent, StringComparison.Ordinal);
        }

        Assert.Single(notes.Distinct());
    }

    [Theory, Providers]
    public async Task Without_such_answers_there_is_no_note(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        await circle.RevealRoundAsync(1, Stance.AskFirst, Stance.TellMe);
        Assert.Null((await circle[0].GetAsync(Paths.Comparison(circle.Circle, 1))).Find("#autonomy-note"));
    }

    [Fact]
    public async Task Discreet_mode_gives_every_page_a_plain_title_until_it_is_turned_off()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        Assert.Contains("SamePage", (await person.GetAsync("/circles")).Find("title")!.TextContent);

        var on = await person.PostFormAsync("/account?handler=Discreet", ("on", "true"));
        Assert.Equal("/account?saved=true", on.Location);
        foreach (var url in new[] { "/circles", "/account", "/help" })
        {
            var page = await person.GetAsync(url);
            Assert.Equal("Notes", page.Find("title")!.TextContent.Trim());
            Assert.Matches("^/img/neutral\\.[a-z0-9]+\\.svg$", page.Find("link[rel=icon]")!.GetAttribute("href")); // fingerprinted
            Assert.Equal("/notes.webmanifest", page.Find("link[rel=manifest]")!.GetAttribute("href"));
            Assert.DoesNotContain("SamePage", page.Find("head")!.TextContent);
        }

        await person.PostFormAsync("/account?handler=Discreet", ("on", "false"));
        Assert.Contains("SamePage", (await person.GetAsync("/circles")).Find("title")!.TextContent);
    }

    /// <summary>Row counts of every table, and the bytes of every file in the data folder (the SQLite shared-memory index aside).</summary>
    private static async Task<(string Rows, string Files)> SnapshotAsync(AppFactory app)
    {
        await using var db = Databases.Open(app);
        var rows = string.Join(",", new[]
        {
            await db.Users.CountAsync(), await db.Circles.CountAsync(), await db.Memberships.CountAsync(), await db.Invites.CountAsync(),
            await db.Rounds.CountAsync(), await db.RoundResponses.CountAsync(), await db.Reflections.CountAsync(), await db.CustomBehaviours.CountAsync(),
            await db.DraftClauses.CountAsync(), await db.AgreementVersions.CountAsync(), await db.AgreementSignatures.CountAsync(), await db.DataProtectionKeys.CountAsync(),
        });
        var files = string.Join("\n", Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("-shm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
        return (rows, files);
    }
}
