using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// A version as a PDF made on the server with PDFsharp: real, selectable text in DejaVu Sans (embedded),
/// the same content as the print page, and a footer on every page with the version and its fingerprint
/// so a loose page still says what it belongs to. The document's metadata names nobody.
/// </summary>
public static class AgreementPdf
{
    public static byte[] Write(ExportedVersion version, ExportWords words)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(words);
        AgreementFonts.Install();

        // Brushes and pens are made per document: PDFsharp's drawing objects are not meant to be shared between threads.
        var ink = new XSolidBrush(XColor.FromArgb(0x1f, 0x1d, 0x1b));
        var muted = new XSolidBrush(XColor.FromArgb(0x55, 0x50, 0x4a));
        var line = new XPen(XColor.FromArgb(0xc9, 0xc2, 0xb8), 0.75);
        var body = Font(10.5);
        var strong = Font(10.5, bold: true);
        var small = Font(8.5);
        var heading = Font(14, bold: true);
        var subheading = Font(11.5, bold: true);

        using var document = new PdfDocument();
        // DejaVu Sans has no glyph for some scripts (Chinese, Japanese, Korean, most emoji): PDFsharp then
        // draws glyph 0, an empty box. Noticing it lets the PDF say so instead of silently showing boxes.
        var missingGlyphs = false;
        document.RenderEvents.RenderTextEvent += (_, e) => missingGlyphs |= e.CodePointGlyphIndexPairs.Any(p => p.GlyphIndex == 0);
        document.Info.Title = words.Title(version.Number);
        document.Info.Creator = "SamePage";
        document.Language = Localisation.Languages.Current; // the reader's: each partner's copy is in their own language
        document.Info.Author = string.Empty;

        using (var flow = new PdfTextFlow(document))
        {
            flow.Paragraph(version.CircleName, body, muted, after: 2);
            flow.Paragraph(words.Title(version.Number), Font(20, bold: true), ink, after: 4);
            flow.Paragraph($"{words.StatusLabel}: {version.StatusText}", strong, ink, after: 10);
            flow.Rule(line);

            if (version.ClauseCount == 0)
            {
                flow.Paragraph(words.NoClauses, body, ink);
            }

            foreach (var group in version.Groups)
            {
                flow.KeepTogether(80);
                flow.Space(6);
                flow.Paragraph(group.Title, heading, ink, after: 6);
                foreach (var clause in group.Clauses)
                {
                    flow.KeepTogether(60);
                    flow.Paragraph(words.Clause(clause.Number), subheading, ink, after: 3);
                    flow.Paragraph(clause.Text, body, ink, after: 4);
                    flow.Paragraph($"{words.ExpectationLabel}: {clause.Expectation}", body, muted, indent: 12, after: 1);
                    flow.Paragraph($"{words.AppliesToLabel}: {clause.AppliesTo}", body, muted, indent: 12, after: 1);
                    if (clause.Notes.Length > 0)
                    {
                        flow.Paragraph($"{words.NotesLabel}: {clause.Notes}", body, muted, indent: 12, after: 1);
                    }

                    flow.Space(8);
                }
            }

            flow.Rule(line);
            flow.KeepTogether(90);
            flow.Paragraph(words.HistoryHeading, heading, ink, after: 6);
            flow.Paragraph(words.Proposed(version.ProposedBy, version.ProposedAtUtc), body, ink);
            flow.Paragraph(words.SignaturesLabel, strong, ink, after: 3);
            if (version.Signatures.Count == 0)
            {
                flow.Paragraph(words.NoSignatures, body, ink, indent: 12);
            }

            foreach (var signature in version.Signatures)
            {
                flow.Paragraph(words.Signature(signature.Name, signature.SignedAtUtc), body, ink, indent: 12, after: 2);
            }

            flow.Space(4);
            if (version.Waiting.Count > 0)
            {
                flow.Paragraph(words.Waiting(version.Waiting), body, ink);
            }

            if (version.ActivatedAtUtc is { } activated)
            {
                flow.Paragraph(words.ActiveSince(activated), body, ink);
            }

            if (version.ReviewOn is { } review)
            {
                flow.Paragraph(words.ReviewOn(review), body, ink);
            }

            flow.Paragraph($"{words.FingerprintLabel}: {version.ShortHash}", strong, ink, after: 2);
            flow.Paragraph(words.FingerprintHint, small, muted);
            if (missingGlyphs)
            {
                flow.Paragraph(words.MissingGlyphs, small, muted);
            }

            flow.Footers((page, pages) => words.Footer(version.Number, version.ShortHash, page, pages), small, muted);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static XFont Font(double size, bool bold = false) =>
        new(AgreementFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
