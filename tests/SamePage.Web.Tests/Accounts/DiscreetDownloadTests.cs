using System.IO.Compression;
using System.Net;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// Issue 12, defect 6: in discreet mode every download has a neutral name ("notes…"), since a file
/// name shows in a shared Downloads folder; without it, the descriptive names stay.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class DiscreetDownloadTests(SharedApps apps)
{
    [Fact]
    public async Task In_discreet_mode_every_download_has_a_neutral_name()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We tell each other about dating apps", Expectation.NotOk));
        await AgreementSetup.SetReviewDateAsync(app, circle, number, new DateOnly(2031, 5, 17));
        var discreet = circle[0];
        Assert.Equal(HttpStatusCode.Redirect, (await discreet.PostFormAsync("/account?handler=Discreet", ("on", "true"))).Status);

        var downloads = new Dictionary<string, Download>
        {
            ["agreement md"] = await discreet.DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md")),
            ["agreement pdf"] = await discreet.DownloadAsync(Paths.AgreementExport(circle.Circle, number, "pdf")),
            ["review reminder"] = await discreet.DownloadAsync(Paths.AgreementExport(circle.Circle, number, "ics")),
            ["check-in calendar"] = await discreet.DownloadAsync(Paths.CheckInCalendar(circle.Circle)),
            ["export json"] = await discreet.PostForDownloadAsync("/account/export", ("passphrase", discreet.Passphrase), ("format", "Json")),
            ["export html"] = await discreet.PostForDownloadAsync("/account/export", ("passphrase", discreet.Passphrase), ("format", "Html")),
            ["export zip"] = await discreet.PostForDownloadAsync("/account/export", ("passphrase", discreet.Passphrase), ("format", "Both")),
            ["recovery code"] = await discreet.PostForDownloadAsync("/recovery-code?handler=Download", ("code", discreet.RecoveryCode!)),
        };

        foreach (var (what, file) in downloads)
        {
            Assert.True(file.Status == HttpStatusCode.OK && file.DispositionType == "attachment", $"{what}: {file}");
            Assert.True(file.FileName!.StartsWith("notes", StringComparison.Ordinal), $"{what} is called {file.FileName}");
        }

        Assert.Equal($"notes-{number}.md", downloads["agreement md"].FileName);
        Assert.Equal($"notes-{number}.pdf", downloads["agreement pdf"].FileName);
        Assert.Equal("notes.ics", downloads["review reminder"].FileName);
        Assert.Equal("notes.ics", downloads["check-in calendar"].FileName);
        Assert.Matches("^notes-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.json$", downloads["export json"].FileName);
        Assert.Matches("^notes-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.html$", downloads["export html"].FileName);
        Assert.Matches("^notes-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.zip$", downloads["export zip"].FileName);
        Assert.Equal("notes.txt", downloads["recovery code"].FileName);
        Assert.DoesNotContain("SamePage", downloads["recovery code"].Text, StringComparison.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(downloads["export zip"].Bytes)))
        {
            Assert.All(zip.Entries, e => Assert.StartsWith("notes-", e.Name, StringComparison.Ordinal));
        }

        // The partner, not in discreet mode, keeps the descriptive names.
        var partner = circle[1];
        Assert.Equal($"agreement-v{number}.md", (await partner.DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"))).FileName);
        Assert.Equal("check-ins.ics", (await partner.DownloadAsync(Paths.CheckInCalendar(circle.Circle))).FileName);
        Assert.Equal("samepage-recovery-code.txt", (await partner.PostForDownloadAsync("/recovery-code?handler=Download", ("code", partner.RecoveryCode!))).FileName);
    }
}
