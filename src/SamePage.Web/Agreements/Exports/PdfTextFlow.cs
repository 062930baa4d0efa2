using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// Pours paragraphs of text onto A4 pages top to bottom: each paragraph is wrapped at word boundaries
/// (a word wider than the page is cut between characters), keeps its own line breaks, and continues on a
/// new page when the page is full. PDFsharp draws lines; this decides where they go.
/// </summary>
internal sealed class PdfTextFlow : IDisposable
{
    public const double Margin = 56; // about 2 cm
    private const double FooterSpace = 28;

    private readonly PdfDocument _document;
    private XGraphics? _graphics;
    private double _y;

    public PdfTextFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    private XGraphics Graphics => _graphics!;

    private double Width => Page.Width.Point - (2 * Margin);

    private double Bottom => Page.Height.Point - Margin - FooterSpace;

    private PdfPage Page => _document.Pages[^1];

    /// <summary>Writes a paragraph; <paramref name="indent"/> moves it right, <paramref name="after"/> is the space below it.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0, double after = 6)
    {
        var lineHeight = font.GetHeight() * 1.15;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            if (_y + lineHeight > Bottom)
            {
                NewPage();
            }

            if (line.Length > 0)
            {
                Graphics.DrawString(line, font, brush, Margin + indent, _y, XStringFormats.TopLeft);
            }

            _y += lineHeight;
        }

        _y += after;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits, so a heading never ends a page on its own.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Space(double height) => _y += height;

    public void Rule(XPen pen)
    {
        KeepTogether(8);
        Graphics.DrawLine(pen, Margin, _y, Margin + Width, _y);
        _y += 8;
    }

    /// <summary>Writes a line at the bottom of every page, once the pages are all there.</summary>
    public void Footers(Func<int, int, string> text, XFont font, XBrush brush)
    {
        ArgumentNullException.ThrowIfNull(text);
        EndPage();
        var pages = _document.PageCount;
        for (var i = 0; i < pages; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            graphics.DrawString(text(i + 1, pages), font, brush, Margin, page.Height.Point - Margin, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => EndPage();

    private void NewPage()
    {
        EndPage();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void EndPage()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    /// <summary>The lines a paragraph takes at this width; an empty line of the text stays an empty line.</summary>
    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Fits(candidate, font, width))
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                foreach (var piece in Cut(word, font, width))
                {
                    if (line.Length > 0)
                    {
                        yield return line.ToString();
                    }

                    line.Clear().Append(piece);
                }
            }

            yield return line.ToString();
        }
    }

    /// <summary>A word too wide for a line, in pieces that fit, cut between characters as people see them.</summary>
    private IEnumerable<string> Cut(string word, XFont font, double width)
    {
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && !Fits(piece + element, font, width))
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(element);
        }

        yield return piece.ToString();
    }

    private bool Fits(string text, XFont font, double width) => Graphics.MeasureString(text, font).Width <= width;
}
