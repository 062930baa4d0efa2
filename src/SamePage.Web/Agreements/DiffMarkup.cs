using Microsoft.AspNetCore.Html;
using SamePage.Core.Agreements;

namespace SamePage.Web.Agreements;

/// <summary>
/// Word-level changes as HTML: deleted text in <c>&lt;del&gt;</c>, inserted text in <c>&lt;ins&gt;</c>,
/// everything encoded, and no whitespace added between segments, so the text reads exactly as written.
/// </summary>
public static class DiffMarkup
{
    /// <param name="deletedCue">Said before each deletion to people who cannot see the strike-through (visually hidden); null for none.</param>
    /// <param name="insertedCue">Said before each insertion, likewise.</param>
    public static IHtmlContent Segments(IEnumerable<DiffSegment> segments, string? deletedCue = null, string? insertedCue = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case DiffSegmentKind.Deleted:
                    Cue(html, deletedCue);
                    html.AppendHtml("<del>").Append(segment.Text).AppendHtml("</del>");
                    break;
                case DiffSegmentKind.Inserted:
                    Cue(html, insertedCue);
                    html.AppendHtml("<ins>").Append(segment.Text).AppendHtml("</ins>");
                    break;
                default:
                    html.Append(segment.Text);
                    break;
            }
        }

        return html;
    }

    /// <summary>A value that changed as a whole (an expectation, who a clause applies to): the old one struck out, then the new one.</summary>
    public static IHtmlContent Replaced(string before, string after, string wasCue, string nowCue)
    {
        var html = new HtmlContentBuilder();
        Cue(html, wasCue);
        html.AppendHtml("<del>").Append(before).AppendHtml("</del> <span aria-hidden=\"true\">→</span> ");
        Cue(html, nowCue);
        return html.AppendHtml("<ins>").Append(after).AppendHtml("</ins>");
    }

    private static void Cue(HtmlContentBuilder html, string? cue)
    {
        if (!string.IsNullOrEmpty(cue))
        {
            html.AppendHtml("<span class=\"visually-hidden\">").Append(cue + " ").AppendHtml("</span>");
        }
    }
}
