using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamePage.Core.Concerns;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Tests.Common;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Issue 7's promise: a full copy of the database and of the server's disk reveals no answer,
/// journal, clause, check-in or concern. Two partners use every feature with distinctive words;
/// then the raw database, every file of the data folder and every log line are searched for those
/// words in plain text, UTF-16 and base64; and the server's own key ring is shown to open nothing.
/// </summary>
public sealed class LeakTests
{
    private static readonly string[] Sentinels =
    [
        "Quillowmere Harbour Circle",        // circle name
        "Zanzibarra Fennel",                  // display name A
        "Oxblood Tamarind",                   // display name B
        "Glimmerfrost cousin weddings",       // custom behaviour label
        "Velvetorch clarification words",     // custom behaviour clarification
        "Marrowlight private journal entry",  // journal, private
        "Sunderbloom shared reflection text", // journal, shared
        "Cindervale clause about old flames", // agreement clause
        "Brackenwhistle appreciation",        // check-in appreciation
        "Tallowmint topic to discuss",        // check-in topic
        "Wyrmwood noticed the late texts",    // concern, noticed
        "Pewterling felt uneasy",             // concern, felt
        "Orchardine reply to the concern",    // concern reply
        "Lanternquay self-check doing",       // self-check
        "Saltmarrow self-check why",          // self-check
        "Thimbleroot sounding-board label",   // a sounding-board link's label
        "Gossamerfield note back",            // a supporter's note back
    ];

    /// <summary>Every category down to Trace: stricter than any production configuration.</summary>
    private static readonly Dictionary<string, string?> TraceEverything = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
    };

    [Theory, Providers]
    public async Task A_copy_of_the_database_the_data_folder_and_the_logs_holds_none_of_what_partners_wrote(DatabaseProvider provider)
    {
        var logs = new CapturedLogs();
        var app = new AppFactory(provider, TraceEverything) { Logs = logs, KeepDataOnDispose = true };
        string username;
        try
        {
            username = await FullFlowAsync(app);
            await AssertNothingOpensWithoutPassphrasesAsync(app);
            var postgres = provider == DatabaseProvider.Postgres ? await PostgresDump.OfAsync(app.ConnectionString) : null;
            await app.DisposeAsync(); // SQLite folds its write-ahead log into the file

            var disk = StoredBytes.OfFiles(Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories));
            Assert.True(provider != DatabaseProvider.Sqlite || disk.Contains(username), "The username (plain text by design) should be on disk: is this the app's data folder?");
            Assert.Empty(disk.FoundInAnyEncoding(Sentinels));
            if (postgres is not null)
            {
                Assert.True(postgres.Contains(username));
                Assert.Empty(postgres.Found(Sentinels));
                Assert.Empty(postgres.Found(Sentinels.Select(Base64)));
            }

            // Proof the capture sees everything: the framework's own debug lines are there.
            Assert.Contains(logs.Lines, line => line.Level == LogLevel.Debug && line.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
            var logText = StoredBytes.OfText(string.Join('\n', logs.Lines));
            Assert.Empty(logText.FoundInAnyEncoding(Sentinels));
        }
        finally
        {
            await app.DisposeAsync();
            Directory.Delete(app.DataDirectory, recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_search_finds_a_word_hidden_in_base64_at_any_alignment_and_in_UTF16(int offset)
    {
        var word = Sentinels[5];
        var hidden = Convert.ToBase64String([.. new byte[offset], .. Encoding.UTF8.GetBytes("before " + word + " after")]);
        Assert.Equal([word], StoredBytes.OfText("{\"x\":\"" + hidden + "\"}").FoundInAnyEncoding([word, "absent words"]));
        Assert.Equal([word], StoredBytes.OfText(Encoding.UTF8.GetString(Encoding.Unicode.GetBytes(word))).FoundInAnyEncoding([word]));
    }

    /// <summary>Two partners: a circle, a revealed round, journals, a behaviour of their own, a signed agreement, a check-in, a concern and a self-check.</summary>
    private static async Task<string> FullFlowAsync(AppFactory app)
    {
        using var a = await app.SignUpAsync();
        using var b = await app.SignUpAsync();
        var circle = await a.CreateCircleAsync(Sentinels[0], Sentinels[1]);
        await b.JoinCircleAsync(circle, await a.InviteAsync(circle), Sentinels[2]);

        Assert.Equal(HttpStatusCode.Redirect, (await a.AddBehaviourAsync(circle, Sentinels[3], "time-and-priority", Sentinels[4])).Status);
        await a.AnswerEverythingAsync(circle, 1, _ => Stance.Fine);
        await b.AnswerEverythingAsync(circle, 1, _ => Stance.Betrayal);
        Assert.Equal(HttpStatusCode.Redirect, (await a.SubmitAsync(circle, 1)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SubmitAsync(circle, 1)).Status);

        await a.WriteJournalAsync(circle, 1, (ReflectionPrompts.PastBetrayals, Sentinels[5]), (ReflectionPrompts.FeelingSecure, Sentinels[6]));
        await a.ShareReflectionAsync(circle, 1, ReflectionPrompts.FeelingSecure);
        Assert.Contains(Sentinels[6], (await b.GetAsync(Paths.Reflections(circle, 1))).Text, StringComparison.Ordinal);

        await a.AddClauseAsync(circle, Sentinels[7]);
        var proposed = await a.ProposeAsync(circle);
        var number = int.Parse(proposed.Location!.Split('?')[0].Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await a.SignAsync(circle, number)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SignAsync(circle, number)).Status);
        Assert.Contains(Sentinels[7], (await b.GetAsync(Paths.Version(circle, number))).Text, StringComparison.Ordinal);

        var checkIn = await a.StartCheckInAsync(circle);
        await a.CheckInAsync(circle, checkIn, [.. Scores(4), Appreciation(Sentinels[8]), Topics(Sentinels[9])]);
        await b.CheckInAsync(circle, checkIn, Scores(5));

        var concern = await a.RaiseConcernAsync(circle, Sentinels[10], [2], felt: Sentinels[11]);
        Assert.Equal(HttpStatusCode.Redirect, (await b.ReplyToConcernAsync(circle, concern, Sentinels[12])).Status);
        Assert.Contains(Sentinels[12], (await a.GetAsync(Paths.Concern(circle, concern))).Text, StringComparison.Ordinal);

        await b.SelfCheckAsync(circle, SelfCheckReason.DidntRealise, Sentinels[13], Sentinels[14]);

        // A sounding-board link to the private journal entry, read by a supporter who leaves a note back.
        var link = await a.SoundingLinkAsync([Sentinels[5]], Sentinels[15]);
        using var supporter = app.NewPerson();
        var reading = await supporter.ReadSoundingLinkAsync(link);
        Assert.Contains(Sentinels[5], reading.Text, StringComparison.Ordinal);
        Assert.NotNull((await supporter.LeaveSoundingNoteAsync(link, reading, Sentinels[16])).Find("#note-sent"));
        Assert.Contains(Sentinels[16], (await a.GetAsync(Person.SoundingBoardPath)).Text, StringComparison.Ordinal);
        return a.Username;
    }

    /// <summary>
    /// With the database and the data folder (the server's Data Protection key ring included) but no
    /// passphrase: every sealed value is under a user-held key, and the server's keys open none of
    /// them, nor any wrapped circle key.
    /// </summary>
    private static async Task AssertNothingOpensWithoutPassphrasesAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var legacy = scope.ServiceProvider.GetRequiredService<LegacySealer>();
        Assert.Empty(await LegacyData.StillLegacyAsync(db));

        var opened = 0;
        foreach (var (field, id, value) in await LegacyData.SealedValuesAsync(db))
        {
            opened += Opens(() => legacy.Unseal(field, id, value)) ? 1 : 0;
        }

        foreach (var membership in await db.Memberships.AsNoTracking().ToListAsync())
        {
            Assert.NotNull(membership.WrappedCircleKey);
            opened += Opens(() => legacy.UnprotectCircleKey(membership.Id, membership.WrappedCircleKey!)) ? 1 : 0;
        }

        Assert.Equal(0, opened);
        foreach (var account in await db.Users.AsNoTracking().ToListAsync())
        {
            Assert.True(AccountKeys.HasKeys(account));
            Assert.Null(AccountKeys.OpenWithPassphrase(account, "not the passphrase at all"));
        }
    }

    private static bool Opens(Action open)
    {
        try
        {
            open();
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text))[..^4];
}
