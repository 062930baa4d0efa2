using System.Net;
using SamePage.Core.Agreements;
using SamePage.Core.Reflections;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements.Exports;

/// <summary>Who can have a copy of a version, what the file is called, and what it never contains.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ExportAccessTests(SharedApps apps)
{
    private static readonly string[] Formats = ["md", "pdf", "ics"];

    [Theory, Providers]
    public async Task Nobody_outside_the_circle_gets_any_copy_of_a_version(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        using var other = await CircleSetup.CreateAsync(app, "Cedar", "Dogwood");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("Only for the two of us", Expectation.AskFirst));
        using var stranger = await app.SignUpAsync();
        using var signedOut = app.NewPerson();

        foreach (var outsider in new[] { stranger, other[0] })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Paths.AgreementPrint(circle.Circle, number))).Status);
            foreach (var format in Formats)
            {
                var download = await outsider.DownloadAsync(Paths.AgreementExport(circle.Circle, number, format));
                Assert.Equal(HttpStatusCode.NotFound, download.Status);
                Assert.DoesNotContain("Only for the two of us", download.Text, StringComparison.Ordinal);
            }
        }

        var printSignedOut = await signedOut.GetAsync(Paths.AgreementPrint(circle.Circle, number));
        Assert.Equal(HttpStatusCode.Redirect, printSignedOut.Status);
        Assert.StartsWith("http://localhost/signin", printSignedOut.Location, StringComparison.Ordinal);
        foreach (var format in Formats)
        {
            var download = await signedOut.DownloadAsync(Paths.AgreementExport(circle.Circle, number, format));
            Assert.Equal(HttpStatusCode.Redirect, download.Status);
            Assert.DoesNotContain("Only for the two of us", download.Text, StringComparison.Ordinal);
        }

        // A member asking for what does not exist gets the same answer as a stranger.
        var member = circle[0];
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(Paths.AgreementPrint(circle.Circle, number + 1))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.DownloadAsync(Paths.AgreementExport(circle.Circle, number + 1, "pdf"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.DownloadAsync(Paths.AgreementExport(circle.Circle, number, "docx"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.DownloadAsync(Paths.AgreementExport(other.Circle, 1, "md"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.DownloadAsync(Paths.AgreementExport(Guid.NewGuid(), number, "md"))).Status);
    }

    [Theory, Providers]
    public async Task Downloads_are_named_by_version_only_and_kept_out_of_caches(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("Nothing of this in a file name", Expectation.TellMe));

        foreach (var (format, name) in new[] { ("md", $"agreement-v{number}.md"), ("pdf", $"agreement-v{number}.pdf"), ("ics", $"agreement-review-v{number}.ics") })
        {
            var download = await circle[1].DownloadAsync(Paths.AgreementExport(circle.Circle, number, format));
            Assert.Equal(HttpStatusCode.OK, download.Status);
            Assert.Equal("attachment", download.DispositionType);
            Assert.Equal(name, download.FileName);
            Assert.Equal("no-store", download.CacheControl);
        }

        var print = await circle[1].GetAsync(Paths.AgreementPrint(circle.Circle, number));
        Assert.Equal("no-store", print.Header("Cache-Control"));
    }

    [Theory, Providers]
    public async Task A_copy_holds_only_its_version_never_the_draft_since_or_anyones_journal(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("The signed words", Expectation.AskFirst));
        await AgreementSetup.AddToDraftAsync(app, circle, new TestClause("Marmalade draft words nobody signed", Expectation.NotOk));
        Assert.Equal(HttpStatusCode.Redirect, (await circle[0].WriteJournalAsync(circle.Circle, 1, (ReflectionPrompts.FeelingSecure, "Tangerine private journal words"))).Status);
        Assert.Contains("Tangerine", (await circle[0].OpenJournalAsync(circle.Circle, 1)).Answers[ReflectionPrompts.FeelingSecure], StringComparison.Ordinal);

        var copies = new List<string>
        {
            (await circle[0].GetAsync(Paths.AgreementPrint(circle.Circle, number))).Body,
            (await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"))).Text,
            PdfText(await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "pdf"))),
            (await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "ics"))).Text,
        };

        Assert.All(copies.Take(3), copy => Assert.Contains("The signed words", copy, StringComparison.Ordinal));
        Assert.All(copies, copy =>
        {
            Assert.DoesNotContain("Marmalade", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("Tangerine", copy, StringComparison.Ordinal);
            Assert.DoesNotContain(circle[0].Username, copy, StringComparison.Ordinal);
        });
    }

    [Theory, Providers]
    public async Task After_a_member_leaves_the_others_still_get_the_version_they_signed_with_every_signature(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("Birch tells Alder first", Expectation.TellMe, AppliesTo: [1]));

        await circle[1].LeaveAsync(circle.Circle);

        var md = await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"));
        Assert.Equal(HttpStatusCode.OK, md.Status);
        Assert.Contains("- Birch, signed on ", md.Text, StringComparison.Ordinal);
        Assert.Contains("- **Applies to:** Birch", md.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await circle[1].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"))).Status);
    }

    private static string PdfText(Download pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Bytes);
        return string.Join('\n', document.GetPages().Select(p => p.Text));
    }
}
