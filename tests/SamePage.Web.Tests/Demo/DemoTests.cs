using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Demo;

/// <summary>Issue 15, part 3: "Try it with a sample partner", a demo circle one person walks alone.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class DemoTests(SharedApps apps)
{
    private const string StartPath = "/circles/demo";
    private const string SampleName = "Robin (sample)";
    private const string SampleAppreciation = "Thank you for sitting down with the comparison with me.";

    [Theory, Providers]
    public async Task One_person_walks_the_whole_path_with_the_sample_partner_and_deletes_it_in_one_click(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();

        var offer = await person.GetAsync(StartPath);
        Assert.Equal(HttpStatusCode.OK, offer.Status);
        Assert.NotNull(offer.Find("#demo-start form"));
        var circle = await StartAsync(person);

        // Every page of the circle says it is a demo, and the sample partner has answered round 1 already.
        var home = await person.GetAsync(Paths.Circle(circle));
        Assert.Contains(SampleName, home.Find("#demo-banner")?.TextContent, StringComparison.Ordinal);
        Assert.Null(home.Find($"a[href='{Paths.Invite(circle)}']"));
        var (sampleAccount, sampleMembership) = await SampleAsync(app, circle);
        await using (var db = Databases.Open(app))
        {
            var response = await db.RoundResponses.SingleAsync(r => r.MembershipId == sampleMembership);
            Assert.True(response.Submitted);
            Assert.Equal((byte)'S', response.SealedAnswers[0]); // sealed like anyone's, under the circle's key
            Assert.DoesNotContain("Betrayal", Encoding.UTF8.GetString(response.SealedAnswers), StringComparison.Ordinal);
        }

        // Answer, reveal, compare.
        await person.AnswerAllAsync(circle, 1, Stance.TellMe);
        await person.AnswerAllStylesAsync(circle, 1, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync(circle, 1)).Status);
        var comparison = await person.GetAsync(Paths.Comparison(circle, 1));
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        Assert.Contains(SampleName, comparison.Text, StringComparison.Ordinal);
        Assert.NotNull(comparison.Find("#demo-banner"));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(Paths.Talk(circle, 1))).Status);

        // Talk mode ends with the How I connect topics far apart and the blind spots (the sample partner guessed "betrayal").
        var talkEnd = await person.GetAsync(Paths.Talk(circle, 1) + "?end=true");
        Assert.NotNull(talkEnd.Find("#talk-also [data-style-topic='talking-hard-things']"));
        Assert.Contains(talkEnd.FindAll("#talk-also [data-blind-spot]"), e => e.GetAttribute("data-blind-spot") == "dating-app-profile");
        Assert.Contains("guessed you would say", talkEnd.Find("#talk-also")!.TextContent, StringComparison.Ordinal);

        // Draft a clause, propose and sign it; the sample partner signs only when asked, as a sample.
        await person.AddClauseAsync(circle, "We tell each other about late-night chats.");
        Assert.Equal(HttpStatusCode.Redirect, (await person.ProposeAsync(circle)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignAsync(circle, 1)).Status);
        Assert.Equal("Proposed", await person.VersionStatusAsync(circle, 1));
        var guide = await person.GetAsync(Paths.Circle(circle) + "/demo");
        Assert.NotNull(guide.Find("button[data-turn='SignVersion']"));
        var signed = await TakeTurnAsync(person, circle, "SignVersion");
        Assert.NotNull(signed.Find("#turn-done"));
        Assert.Equal("Active", await person.VersionStatusAsync(circle, 1));
        Assert.Contains(SampleName, (await person.GetAsync(Paths.Version(circle, 1))).Text, StringComparison.Ordinal);

        // A check-in: the sample partner answers from the content, then the person does, and both show.
        var number = await person.StartCheckInAsync(circle);
        await TakeTurnAsync(person, circle, "AnswerCheckIn");
        await person.CheckInAsync(circle, number, CheckInIntents.Scores(5));
        Assert.Contains(SampleAppreciation, (await person.GetAsync(Paths.CheckIn(circle, number))).Text, StringComparison.Ordinal);
        Assert.Empty((await person.GetAsync(Paths.Circle(circle) + "/demo")).FindAll("button[data-turn]"));

        // One click deletes the circle, all of it, and the sample partner's account.
        var deleted = await person.PostFormAsync(Paths.Circle(circle) + "/demo?handler=Delete");
        Assert.Equal("/circles?demo-deleted=1", deleted.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync(Paths.Circle(circle))).Status);
        Assert.Empty(await StoredRows.WhereAsync(app, [circle, sampleAccount, sampleMembership]));
        Assert.NotNull((await person.GetAsync(StartPath)).Find("#demo-start"));
    }

    [Theory, Providers]
    public async Task The_demo_never_reaches_another_member_invites_or_the_export(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var real = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (alder, birch) = (real[0], real[1]);
        var demo = await StartAsync(alder);

        // Birch, Alder's partner in a real circle, never learns of it: not listed, and every demo address is "not found".
        var birchList = await birch.GetAsync("/circles");
        Assert.DoesNotContain("Practice circle", birchList.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleName, birchList.Text, StringComparison.Ordinal);
        foreach (var path in new[] { Paths.Circle(demo), Paths.Circle(demo) + "/demo", Paths.Comparison(demo, 1), Paths.Agreement(demo), Paths.CheckIns(demo) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await birch.GetAsync(path)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await birch.PostFormAsync(Paths.Circle(demo) + "/demo?handler=Delete")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await birch.PostFormAsync(Paths.Circle(demo) + "/demo?handler=Turn", ("turn", "AnswerRound"))).Status);
        Assert.NotEqual(HttpStatusCode.NotFound, (await alder.GetAsync(Paths.Circle(demo))).Status); // still there
        Assert.NotNull((await birch.GetAsync(Paths.Circle(real.Circle))).Find("h1"));
        Assert.Null((await alder.GetAsync(Paths.Circle(real.Circle))).Find("#demo-banner"));

        // Nobody can be invited into it.
        var invite = await alder.PostFormAsync(Paths.Invite(demo));
        Assert.Equal(HttpStatusCode.OK, invite.Status);
        Assert.NotNull(invite.Find("#demo-no-invites"));
        Assert.Null(invite.Find("#invite-link"));
        await using (var db = Databases.Open(app))
        {
            Assert.Equal(0, await db.Invites.CountAsync(i => i.CircleId == demo));
            // One demo per account at a time.
            Assert.Equal(1, await db.Circles.CountAsync(c => c.DemoOwnerId != null && c.Members.Any(m => m.AccountId == db.Users.Single(u => u.UserName == alder.Username).Id)));
        }

        Assert.Equal(Paths.Circle(demo) + "/demo", (await alder.PostFormAsync(StartPath)).Location);

        // The export holds the real circle only, with Alder's How I connect answers (leftover of part 1).
        await alder.AnswerAllStylesAsync(real.Circle, 1, 1);
        var download = await alder.PostForDownloadAsync("/account/export", ("passphrase", alder.Passphrase), ("format", "Json"));
        var exported = JsonDocument.Parse(download.Bytes).RootElement.GetProperty("circles").EnumerateArray().ToList();
        Assert.Equal(["Us"], exported.Select(c => c.GetProperty("name").GetString()));
        Assert.DoesNotContain(SampleName, download.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Practice circle", download.Text, StringComparison.Ordinal);
        var styles = exported[0].GetProperty("rounds").EnumerateArray().Single().GetProperty("styles").EnumerateArray().ToList();
        Assert.Equal(TestCatalogue.Styles.Items.Select(i => i.Id), styles.Select(s => s.GetProperty("itemId").GetString()));
        Assert.All(styles, s => Assert.Equal(1, s.GetProperty("step").GetInt32()));
        Assert.Contains(styles, s => s.GetProperty("answerText").GetString() == "At times");
        var readable = await alder.PostForDownloadAsync("/account/export", ("passphrase", alder.Passphrase), ("format", "Html"));
        Assert.Contains("How I connect", readable.Text, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_sample_partner_holds_nothing_to_sign_in_with_and_goes_with_its_person(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        var circle = await StartAsync(person);
        var (sampleAccount, sampleMembership) = await SampleAsync(app, circle);
        string sampleUsername;
        await using (var db = Databases.Open(app))
        {
            var account = await db.Users.SingleAsync(u => u.Id == sampleAccount);
            Assert.True(account.IsSamplePartner);
            Assert.Null(account.PasswordHash);
            Assert.Null(account.RecoveryCodeHash);
            Assert.Null(account.PassphraseWrappedKey);
            Assert.Null(account.WrappedPrivateKey);
            Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1000));
            Assert.Null((await db.Memberships.SingleAsync(m => m.Id == sampleMembership)).WrappedCircleKey);
            sampleUsername = account.UserName!;
        }

        using var stranger = app.NewPerson();
        var signIn = await stranger.SignInAsync(sampleUsername, "any passphrase at all, long enough");
        Assert.Equal(HttpStatusCode.OK, signIn.Status); // the form again, kindly: no session, no error page
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/circles")).Status); // still signed out

        // Leaving the demo deletes it; so does deleting the account (here: a second demo, then the account).
        Assert.Equal(HttpStatusCode.Redirect, (await person.LeaveAsync(circle)).Status);
        Assert.Empty(await StoredRows.WhereAsync(app, [circle, sampleAccount, sampleMembership]));
        var second = await StartAsync(person);
        var (secondSample, secondMembership) = await SampleAsync(app, second);
        Assert.Equal(HttpStatusCode.Redirect, (await person.PostFormAsync("/account/delete", ("passphrase", person.Passphrase))).Status);
        Assert.Empty(await StoredRows.WhereAsync(app, [second, secondSample, secondMembership]));
    }

    /// <summary>
    /// Issue 19: the sample partner's words are text people wrote, so they are written in the language of
    /// the person who starts the demo (from content/&lt;language&gt;/demo.yaml), and stay as written when
    /// that person later reads SamePage in another language. Its answers are the same in every language.
    /// </summary>
    [Theory]
    [InlineData("es", "Robin (de ejemplo)", "Yo", "Círculo de práctica", "Gracias por mirar la comparación conmigo con calma.")]
    [InlineData("de", "Robin (Beispiel)", "Ich", "Übungskreis", "Danke, dass du dir den Vergleich in Ruhe mit mir angesehen hast.")]
    public async Task The_sample_partner_writes_in_the_language_of_the_person_who_starts_the_demo(string language, string sample, string me, string circleName, string appreciation)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        person.AcceptLanguage = language;
        var circle = await StartAsync(person);

        var home = await person.GetAsync(Paths.Circle(circle));
        Assert.Equal(language, home.Find("html")?.GetAttribute("lang"));
        Assert.Contains(sample, home.Find("#demo-banner")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(circleName, home.Find("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(me, home.Find("#members")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleName, home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Practice circle", home.Text, StringComparison.Ordinal);

        // The same answers as in English: the sample partner's "betrayal" guess still shows as a blind spot.
        await person.AnswerAllAsync(circle, 1, Stance.TellMe);
        await person.AnswerAllStylesAsync(circle, 1, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync(circle, 1)).Status);
        var talkEnd = await person.GetAsync(Paths.Talk(circle, 1) + "?end=true");
        Assert.Contains(talkEnd.FindAll("#talk-also [data-blind-spot]"), e => e.GetAttribute("data-blind-spot") == "dating-app-profile");
        Assert.Contains(sample, (await person.GetAsync(Paths.Comparison(circle, 1))).Text, StringComparison.Ordinal);

        var number = await person.StartCheckInAsync(circle);
        await TakeTurnAsync(person, circle, "AnswerCheckIn");
        await person.CheckInAsync(circle, number, CheckInIntents.Scores(5));
        var results = await person.GetAsync(Paths.CheckIn(circle, number));
        Assert.Contains(appreciation, results.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAppreciation, results.Text, StringComparison.Ordinal);

        // Read in English later, what the sample partner wrote stays as it wrote it.
        person.AcceptLanguage = "en";
        var later = await person.GetAsync(Paths.CheckIn(circle, number));
        Assert.Equal("en", later.Find("html")?.GetAttribute("lang"));
        Assert.Contains(appreciation, later.Text, StringComparison.Ordinal);
        Assert.Contains(sample, later.Find("#demo-banner")?.TextContent, StringComparison.Ordinal);
        Assert.True(await person.LeaveAsync(circle) is { Status: HttpStatusCode.Redirect });
    }

    private static async Task<Guid> StartAsync(Person person)
    {
        var started = await person.PostFormAsync(StartPath);
        Assert.True(started.Status == HttpStatusCode.Redirect && started.Location!.EndsWith("/demo", StringComparison.Ordinal), $"Starting the demo answered {started}: {started.Text}");
        return Guid.Parse(started.Location.Split('/')[2]);
    }

    private static async Task<WebPage> TakeTurnAsync(Person person, Guid circle, string turn)
    {
        var taken = await person.PostFormAsync(Paths.Circle(circle) + "/demo?handler=Turn", ("turn", turn));
        Assert.True(taken.Status == HttpStatusCode.Redirect && taken.Location!.Contains($"done={turn}", StringComparison.Ordinal), $"The sample partner's {turn} answered {taken}");
        return await person.GetAsync(taken.Location);
    }

    private static async Task<(Guid Account, Guid Membership)> SampleAsync(AppFactory app, Guid circle)
    {
        await using var db = Databases.Open(app);
        var sample = await db.Memberships.Where(m => m.CircleId == circle)
            .Join(db.Users.Where(u => u.IsSamplePartner), m => m.AccountId, u => u.Id, (m, u) => new { Account = u.Id, Membership = m.Id })
            .SingleAsync();
        return (sample.Account, sample.Membership);
    }
}
