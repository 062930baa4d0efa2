using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.SoundingBoards;

/// <summary>
/// A sounding-board link shows one supporter, with no account, exactly the journal answers its maker
/// chose, until it expires, is used up or is revoked; then a kind page that reveals nothing.
/// </summary>
public sealed class SoundingBoardTests
{
    private const string Ended = "This link has ended";

    private static (string Prompt, string Text)[] Journal(string tag) =>
    [
        (ReflectionPrompts.PastBetrayals, $"The harbour winter {tag} when a friend read my letters."),
        (ReflectionPrompts.FeelingSecure, $"A quiet message when plans change {tag}."),
        (ReflectionPrompts.WantYouToKnow, $"The orchard promise {tag} that I never told anyone."),
    ];

    private static async Task<(CircleSetup Circle, (string Prompt, string Text)[] Written)> CircleWithJournalAsync(AppFactory app)
    {
        var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var written = Journal(Guid.NewGuid().ToString("N")[..8]);
        await circle[0].WriteJournalAsync(circle.Circle, 1, written);
        return (circle, written);
    }

    [Theory, Providers]
    public async Task A_link_shows_exactly_the_chosen_answers_to_someone_without_an_account(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var alder = circle[0];
        var path = await alder.SoundingLinkAsync([written[1].Text, written[2].Text], label: "For my sister Wren", opens: 2);
        Assert.Matches("^/s\\?code=[0-9A-Z-]{29}$", path);

        using var supporter = app.NewPerson();
        var welcome = await supporter.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, welcome.Status);
        Assert.Contains("Someone you know chose to share these reflections with you", welcome.Text);
        Assert.DoesNotContain(written[1].Text, welcome.Body); // opening the address spends nothing and shows nothing yet
        Assert.Equal("no-store", welcome.Header("Cache-Control"));
        Assert.Equal("no-referrer", welcome.Header("Referrer-Policy"));
        Assert.Equal("noindex, nofollow", welcome.Header("X-Robots-Tag"));
        Assert.NotNull(welcome.Find("meta[name=robots][content*=noindex]"));
        Assert.NotNull(welcome.Find("#quick-exit"));
        Assert.DoesNotContain(Person.SoundingCode(path), welcome.Body); // the page never writes its own code

        var reading = await supporter.ReadSoundingLinkAsync(path);
        Assert.Equal(HttpStatusCode.OK, reading.Status);
        var shown = reading.Find("#shared-pieces")!.TextContent;
        Assert.Contains(written[1].Text, shown);
        Assert.Contains(written[2].Text, shown);
        Assert.DoesNotContain(written[0].Text, reading.Body);
        foreach (var hidden in new[] { circle.DisplayNames[0], circle.DisplayNames[1], alder.Username, "For my sister Wren" })
        {
            Assert.DoesNotContain(hidden, reading.Body);
        }

        // A later edit of the journal does not reach the copy: it is a snapshot.
        await alder.WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.FeelingSecure, "Rewritten afterwards"));
        var second = await supporter.ReadSoundingLinkAsync(path);
        Assert.Contains(written[1].Text, second.Find("#shared-pieces")!.TextContent);
        Assert.DoesNotContain("Rewritten afterwards", second.Body);

        // Two opens were allowed: the third finds a link that has ended, and nothing of it.
        var third = await supporter.ReadSoundingLinkAsync(path);
        Assert.Contains(Ended, third.Text);
        Assert.DoesNotContain(written[1].Text, third.Body);
        var forced = await supporter.PostWithoutTokenAsync(path, ("Action", "open"), (Person.TokenField, Person.TokenIn(welcome)!));
        Assert.Contains(Ended, forced.Text);
        Assert.DoesNotContain(written[1].Text, forced.Body);

        var list = await alder.GetAsync(Person.SoundingBoardPath);
        var card = list.Find("[data-link]")!.TextContent;
        Assert.Contains("For my sister Wren", card);
        Assert.Contains("Opened all 2 times", card);
        Assert.Contains("Last opened in the hour from", card);
    }

    [Fact]
    public async Task A_link_ends_at_its_expiry_and_leaves_the_list_and_the_database()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AppFactory(DatabaseProvider.Sqlite, clock: clock);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var path = await circle[0].SoundingLinkAsync([written[0].Text], hours: 1);
        using var supporter = app.NewPerson();

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Contains(written[0].Text, (await supporter.ReadSoundingLinkAsync(path)).Body);

        clock.Advance(TimeSpan.FromMinutes(1));
        var late = await supporter.ReadSoundingLinkAsync(path);
        Assert.Contains(Ended, late.Text);
        Assert.DoesNotContain(written[0].Text, late.Body);

        Assert.NotNull((await circle[0].GetAsync(Person.SoundingBoardPath)).Find("#no-links"));
        Assert.Equal(0, await LinkCountAsync(app));
    }

    [Fact]
    public async Task Revoking_ends_the_link_at_once_and_only_its_maker_can()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var (alder, birch) = (circle[0], circle[1]);
        var path = await alder.SoundingLinkAsync([written[0].Text]);
        var id = (await alder.GetAsync(Person.SoundingBoardPath)).Find("[data-link] input[name=link]")!.GetAttribute("value")!;

        // Someone else (Birch, in the same circle) posting the same id ends nothing.
        await birch.PostFormAsync(Person.SoundingBoardPath + "?handler=Revoke", ("link", id));
        using var supporter = app.NewPerson();
        Assert.Contains(written[0].Text, (await supporter.ReadSoundingLinkAsync(path)).Body);

        var revoked = await alder.PostFormAsync(Person.SoundingBoardPath + "?handler=Revoke", ("link", id));
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.NotNull((await alder.FollowAsync(revoked)).Find("#revoked-notice"));
        var after = await supporter.ReadSoundingLinkAsync(path);
        Assert.Contains(Ended, after.Text);
        Assert.DoesNotContain(written[0].Text, after.Body);

        // An ended link and one that never was look exactly the same.
        var never = await supporter.GetAsync("/s?code=ABCDE-FGHJK-MNPQR-STVWX-YZ012");
        var garbage = await supporter.GetAsync("/s?code=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.OK, never.Status);
        Assert.Equal(HttpStatusCode.OK, garbage.Status);
        Assert.Equal(after.Find("main")?.TextContent, never.Find("main")?.TextContent);
        Assert.Equal(0, await LinkCountAsync(app));
    }

    [Fact]
    public async Task A_note_back_reaches_only_the_maker_and_circle_members_never_learn_of_the_link()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var (alder, birch) = (circle[0], circle[1]);
        var path = await alder.SoundingLinkAsync([written[2].Text], label: "Counsellor Ilse");
        using var supporter = app.NewPerson();
        var reading = await supporter.ReadSoundingLinkAsync(path);

        var tooLong = await supporter.LeaveSoundingNoteAsync(path, reading, new string('x', 1001) + " kept");
        Assert.NotNull(tooLong.Find("#note-error"));
        Assert.Contains(" kept", tooLong.Find("#note")!.TextContent); // nothing typed is lost

        const string Note = "Thank you for trusting me with the orchard story.";
        var sent = await supporter.LeaveSoundingNoteAsync(path, reading, Note);
        Assert.NotNull(sent.Find("#note-sent"));
        Assert.Contains(Note, (await alder.GetAsync(Person.SoundingBoardPath)).Find("[data-link]")!.TextContent);

        foreach (var page in new[]
        {
            Paths.Circle(circle.Circle), Paths.Journal(circle.Circle, 1), Paths.Round(circle.Circle, 1), "/circles", "/account",
            Person.SoundingBoardPath, Person.NewSoundingLinkPath,
        })
        {
            await birch.GetAsync(page);
        }

        var leaked = birch.History.Where(p => p.Body.Contains("Counsellor Ilse", StringComparison.Ordinal)
            || p.Body.Contains(Note, StringComparison.Ordinal)
            || p.Body.Contains(written[2].Text, StringComparison.Ordinal)
            || p.Body.Contains(Person.SoundingCode(path), StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"The link reached Birch on: {string.Join(", ", leaked)}");
        Assert.NotNull((await birch.GetAsync(Person.SoundingBoardPath)).Find("#no-links"));
    }

    [Theory, Providers]
    public async Task The_database_holds_none_of_a_links_text_label_note_or_code(DatabaseProvider provider)
    {
        var app = new AppFactory(provider) { KeepDataOnDispose = true };
        try
        {
            var (circle, written) = await CircleWithJournalAsync(app);
            using var _ = circle;
            var path = await circle[0].SoundingLinkAsync([written[0].Text, written[1].Text], label: "Zanzibar cousin Odalys");
            using var supporter = app.NewPerson();
            var reading = await supporter.ReadSoundingLinkAsync(path);
            await supporter.LeaveSoundingNoteAsync(path, reading, "Quietly proud of you, Periwinkle");
            await circle[0].WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.PastBetrayals, "changed"), (ReflectionPrompts.FeelingSecure, "changed too"));

            var code = Person.SoundingCode(path);
            string[] secrets = ["harbour winter", "quiet message when plans", "Zanzibar cousin Odalys", "Periwinkle", code, code.Replace("-", string.Empty, StringComparison.Ordinal), "\"pieces\""];
            if (provider == DatabaseProvider.Postgres)
            {
                var dump = await PostgresDump.OfAsync(app.ConnectionString);
                Assert.True(dump.Contains(circle[0].Username));
                Assert.Empty(dump.Found(secrets));
            }
            else
            {
                await app.DisposeAsync();
                var stored = StoredBytes.OfSqlite(app.SqliteFile);
                Assert.True(stored.Contains(circle[0].Username));
                Assert.Empty(stored.Found(secrets));
            }
        }
        finally
        {
            await app.DisposeAsync();
            Directory.Delete(app.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Bad_choices_are_refused_kindly_and_nothing_typed_is_lost()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var nothing = await circle[0].MakeSoundingLinkAsync([], label: "For Juniper");
        Assert.Equal(HttpStatusCode.OK, nothing.Status);
        Assert.Contains("Choose at least one answer", nothing.Find("#link-error")!.TextContent);
        Assert.Equal("For Juniper", nothing.Find("#label")!.GetAttribute("value"));

        var wild = await circle[0].MakeSoundingLinkAsync([written[0].Text], hours: 400, opens: 99);
        Assert.Contains("from 1 hour to 14 days", wild.Find("#link-error")!.TextContent);
        Assert.Contains("from 1 to 20", wild.Find("#link-error")!.TextContent);
        Assert.Equal(0, await LinkCountAsync(app));

        // Someone else's reflection id in the form is not among the person's own choices, so it is never copied.
        var birchPage = await circle[1].MakeSoundingLinkAsync([written[0].Text]);
        Assert.NotNull(birchPage.Find("#nothing-to-share"));
        Assert.Equal(0, await LinkCountAsync(app));
    }

    [Fact]
    public async Task The_link_page_is_rate_limited()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["SamePage:RateLimits:SoundingBoard:PermitLimit"] = "3",
        });
        using var guesser = app.NewPerson();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync($"/s?code=ABCDE-FGHJK-MNPQR-STVWX-YZ01{i}")).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync("/s?code=ABCDE-FGHJK-MNPQR-STVWX-YZ019")).Status);
    }

    [Fact]
    public async Task A_link_can_show_the_makers_own_round_answers_and_never_a_partners()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var (alder, birch) = (circle[0], circle[1]);
        await alder.AnswerAllAsync(circle.Circle, 1, Stance.TellMe);
        await birch.AnswerAllAsync(circle.Circle, 1, Stance.Betrayal);

        var form = await alder.GetAsync(Person.NewSoundingLinkPath);
        var ownAnswers = form.FindAll("input[name=Chosen]").Single(box => form.Find($"#{box.Id} + span")?.TextContent.EndsWith("My own answers", StringComparison.Ordinal) == true);
        Assert.Contains("Fine, but I'd like to know", form.Find($"#{ownAnswers.Id}-text")!.TextContent);
        var made = await alder.PostFormAsync(Person.NewSoundingLinkPath, ("Chosen", ownAnswers.GetAttribute("value")!), ("Hours", "72"), ("Opens", "5"));
        var path = new Uri(made.Find("#sounding-link")!.TextContent.Trim()).PathAndQuery;

        using var supporter = app.NewPerson();
        var shown = (await supporter.ReadSoundingLinkAsync(path)).Find("#shared-pieces")!.TextContent;
        Assert.Contains("My own answers", shown);
        Assert.Contains($"{TestCatalogue.Behaviours[0].Label}: Fine, but I'd like to know", shown);
        Assert.DoesNotContain("That would feel like a betrayal", shown); // Birch's answers are never among the choices
        Assert.DoesNotContain(written[0].Text, shown);
    }

    [Fact]
    public async Task The_export_holds_the_links_and_deleting_the_account_ends_them()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        var (circle, written) = await CircleWithJournalAsync(app);
        using var _ = circle;
        var alder = circle[0];
        var path = await alder.SoundingLinkAsync([written[1].Text], label: "For Rowan");
        using var supporter = app.NewPerson();
        var reading = await supporter.ReadSoundingLinkAsync(path);
        await supporter.LeaveSoundingNoteAsync(path, reading, "Rowan wrote back");

        var json = (await alder.PostForDownloadAsync("/account/export", ("passphrase", alder.Passphrase), ("format", "Json"))).Text;
        Assert.Contains("\"sharingLinks\"", json, StringComparison.Ordinal);
        Assert.Contains("For Rowan", json, StringComparison.Ordinal);
        Assert.Contains(written[1].Text, json, StringComparison.Ordinal);
        Assert.Contains("Rowan wrote back", json, StringComparison.Ordinal);
        var html = (await alder.PostForDownloadAsync("/account/export", ("passphrase", alder.Passphrase), ("format", "Html"))).Text;
        Assert.Contains("For Rowan", html, StringComparison.Ordinal);
        Assert.Contains("Rowan wrote back", html, StringComparison.Ordinal);

        // Birch's export says nothing of Alder's link.
        var birch = (await circle[1].PostForDownloadAsync("/account/export", ("passphrase", circle[1].Passphrase), ("format", "Json"))).Text;
        Assert.DoesNotContain("For Rowan", birch, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await alder.PostFormAsync("/account/delete", ("passphrase", alder.Passphrase))).Status);
        Assert.Equal(0, await LinkCountAsync(app));
        Assert.Contains(Ended, (await supporter.ReadSoundingLinkAsync(path)).Text);
    }

    private static async Task<int> LinkCountAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamePageDb>().SoundingBoardLinks.CountAsync();
    }
}
