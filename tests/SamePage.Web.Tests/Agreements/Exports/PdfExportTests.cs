using System.Net;
using System.Text.RegularExpressions;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace SamePage.Web.Tests.Agreements.Exports;

/// <summary>Issue 4, "Export": a PDF made on the server, whose text is real text (extracted here with PdfPig).</summary>
[Collection(SharedAppForRounds.Name)]
public sealed partial class PdfExportTests(SharedApps apps)
{
    private const string MissingGlyphsNote = "can't be shown in this PDF's font";

    private const string NonLatin = "Ünïcödé — Ελληνικά και русский текст ok";

    [Theory, Providers]
    public async Task The_pdf_holds_every_clause_the_signers_and_the_fingerprint_as_real_text(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        TestClause[] clauses =
        [
            new("We tell each other when we make plans with an ex.", Expectation.TellMe, "ex-partners"),
            new(NonLatin, Expectation.Fine, "online-and-technology", Notes: "Noted together"),
            new("Birch asks before sharing photos of us.\nAlder too.", Expectation.AskFirst, null, AppliesTo: [1]),
        ];
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, clauses);
        var version = await AgreementSetup.VersionAsync(app, circle, number);

        var pdf = await circle[1].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "pdf"));

        Assert.Equal(HttpStatusCode.OK, pdf.Status);
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Bytes, 0, 5), StringComparison.Ordinal);
        var text = Extract(pdf.Bytes, out _, out var fonts);
        foreach (var clause in clauses)
        {
            Assert.Contains(Collapse(clause.Text), text);
        }

        Assert.Contains("Noted together", text);
        Assert.Contains("Alder", text);
        Assert.Contains("Birch", text);
        Assert.Equal(2, Regex.Count(text, "signed on"));
        Assert.Contains(version.Document.ShortHash, text);
        Assert.Contains("Agreement, version 1", text);
        Assert.Contains("Ex-partners", text);
        Assert.Contains("Other", text);
        Assert.All(fonts, f => Assert.Contains("DejaVu Sans", f, StringComparison.Ordinal));
        Assert.DoesNotContain(MissingGlyphsNote, text);
    }

    [Theory, Providers]
    public async Task Long_clauses_wrap_across_lines_and_pages_without_losing_a_word(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var clauses = Enumerable.Range(1, 6)
            .Select(i => new TestClause(string.Join(' ', Enumerable.Range(1, 260).Select(w => $"c{i}w{w}")), Expectation.AskFirst, "time-and-priority"))
            .Append(new TestClause("Unbroken" + new string('x', 300) + "end", Expectation.NotOk, "time-and-priority"))
            .ToArray();
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, clauses);

        var pdf = await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "pdf"));

        Assert.Equal(HttpStatusCode.OK, pdf.Status);
        var text = Extract(pdf.Bytes, out var pages, out _);
        Assert.True(pages >= 3, $"Expected the clauses to run over several pages, got {pages}.");
        for (var i = 1; i <= 6; i++)
        {
            var words = Regex.Matches(text, $@"\bc{i}w(\d+)\b").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(1, 260), words);
        }

        // The word too long for a line is cut between characters, and every character is still there.
        Assert.Contains("Unbroken" + new string('x', 300) + "end", Regex.Replace(text, @"\s", string.Empty), StringComparison.Ordinal);
        Assert.Contains($"page {pages} of {pages}", text);
    }

    [Theory, Providers]
    public async Task A_clause_in_a_script_the_font_lacks_still_gives_a_pdf_that_says_so(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("日本語のテキスト 😊 and plain words after it", Expectation.Fine),
            new TestClause("A second clause in plain words", Expectation.TellMe));

        var pdf = await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "pdf"));

        Assert.Equal(HttpStatusCode.OK, pdf.Status);
        var text = Extract(pdf.Bytes, out _, out _);
        Assert.Contains("and plain words after it", text);
        Assert.Contains("A second clause in plain words", text);
        Assert.Contains(MissingGlyphsNote, text);
    }

    /// <summary>All the text of a PDF in reading order, with runs of whitespace (line ends included) made one space.</summary>
    private static string Extract(byte[] bytes, out int pages, out IReadOnlySet<string> fonts)
    {
        using var document = PdfDocument.Open(bytes);
        pages = document.NumberOfPages;
        var all = document.GetPages().ToList();
        fonts = all.SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        return Collapse(string.Join(' ', all.Select(p => ContentOrderTextExtractor.GetText(p))));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
