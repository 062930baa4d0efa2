using System.Net;
using System.Text.RegularExpressions;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace SamePage.Web.Tests.Localisation;

/// <summary>
/// Issue 19, item 5: a version's copies (PDF, Markdown, the print page) are worded in the reader's own
/// language, in the same embedded font, while the clauses stay exactly as the members wrote them.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed partial class TranslatedCopiesTests(SharedApps apps)
{
    private const string Clause = "Wir sagen einander, wenn wir eine Ex treffen. Nos lo contamos también.";

    [Theory, Providers]
    public async Task Each_partner_downloads_the_pdf_in_their_own_language_with_the_same_font(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause(Clause, Expectation.TellMe, null));
        await circle[1].PostFormAsync("/language", ("Language", "de"), ("ReturnTo", "/"));

        var english = Text(await PdfAsync(circle[0], circle.Circle, number), out var englishFonts, out var englishLanguage);
        var german = Text(await PdfAsync(circle[1], circle.Circle, number), out var germanFonts, out var germanLanguage);

        Assert.Contains("Agreement, version 1", english);
        Assert.Contains("Vereinbarung, Version 1", german);
        Assert.Contains("unterschrieben am", german);
        Assert.Contains("Fingerabdruck", german);
        Assert.DoesNotContain("Agreement, version", german);
        Assert.Contains(Collapse(Clause), english);
        Assert.Contains(Collapse(Clause), german); // what people wrote stays as they wrote it
        Assert.Equal("en", englishLanguage);
        Assert.Equal("de", germanLanguage);
        Assert.All(englishFonts.Concat(germanFonts), f => Assert.Contains("DejaVu Sans", f, StringComparison.Ordinal));
        Assert.DoesNotContain("can't be shown", german);
    }

    [Theory, Providers]
    public async Task The_markdown_copy_and_the_print_page_follow_the_readers_language(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause(Clause, Expectation.TellMe, null));
        circle[0].AcceptLanguage = "es-MX,es;q=0.9";

        var markdown = await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"));
        var print = await circle[0].GetAsync(Paths.AgreementPrint(circle.Circle, number));

        Assert.Equal(HttpStatusCode.OK, markdown.Status);
        Assert.Contains("Acuerdo, versión 1", markdown.Text, StringComparison.Ordinal);
        Assert.Contains(" de 20", markdown.Text, StringComparison.Ordinal); // "1 de diciembre de 2026"
        Assert.Contains(Clause, markdown.Text, StringComparison.Ordinal);
        Assert.Equal("es", print.Find("html")!.GetAttribute("lang"));
        Assert.Contains("Acuerdo, versión 1", print.Find("h1")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<byte[]> PdfAsync(Person person, Guid circle, int number)
    {
        var pdf = await person.DownloadAsync(Paths.AgreementExport(circle, number, "pdf"));
        Assert.Equal(HttpStatusCode.OK, pdf.Status);
        return pdf.Bytes;
    }

    private static string Text(byte[] bytes, out IReadOnlySet<string> fonts, out string? language)
    {
        using var document = PdfDocument.Open(bytes);
        var pages = document.GetPages().ToList();
        fonts = pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        document.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out var token);
        language = token switch
        {
            UglyToad.PdfPig.Tokens.StringToken text => text.Data,
            UglyToad.PdfPig.Tokens.HexToken hex => hex.Data,
            _ => null,
        };
        return Collapse(string.Join(' ', pages.Select(p => ContentOrderTextExtractor.GetText(p))));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
