using System.Text;
using System.Text.RegularExpressions;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// A version as a Markdown file: the same content as the print page, readable as plain text. Everything
/// the members wrote is escaped, so a clause reads as the words it is and never becomes a heading, a
/// link, a list, a table or HTML in a Markdown viewer.
/// </summary>
public static partial class AgreementMarkdown
{
    /// <summary>Characters that mean something anywhere in a CommonMark or GitHub-flavoured line.</summary>
    private const string Significant = "\\`*_[]<>#|~&";

    public static string Write(ExportedVersion version, ExportWords words)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(words);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(words.Title(version.Number))).Append("\n\n");
        md.Append(Escape(version.CircleName)).Append("\n\n");
        md.Append("**").Append(Escape(words.StatusLabel)).Append(":** ").Append(Escape(version.StatusText)).Append("\n\n");

        if (version.ClauseCount == 0)
        {
            md.Append(Escape(words.NoClauses)).Append("\n\n");
        }

        foreach (var group in version.Groups)
        {
            md.Append("## ").Append(Escape(group.Title)).Append("\n\n");
            foreach (var clause in group.Clauses)
            {
                md.Append("### ").Append(Escape(words.Clause(clause.Number))).Append("\n\n");
                md.Append(Block(clause.Text, indent: string.Empty)).Append("\n\n");
                md.Append("- **").Append(Escape(words.ExpectationLabel)).Append(":** ").Append(Escape(clause.Expectation)).Append('\n');
                md.Append("- **").Append(Escape(words.AppliesToLabel)).Append(":** ").Append(Escape(clause.AppliesTo)).Append('\n');
                if (clause.Notes.Length > 0)
                {
                    md.Append("- **").Append(Escape(words.NotesLabel)).Append(":** ").Append(Block(clause.Notes, indent: "  ")).Append('\n');
                }

                md.Append('\n');
            }
        }

        md.Append("## ").Append(Escape(words.HistoryHeading)).Append("\n\n");
        md.Append(Escape(words.Proposed(version.ProposedBy, version.ProposedAtUtc))).Append("\n\n");
        md.Append("**").Append(Escape(words.SignaturesLabel)).Append(":**\n\n");
        if (version.Signatures.Count == 0)
        {
            md.Append(Escape(words.NoSignatures)).Append("\n\n");
        }
        else
        {
            foreach (var signature in version.Signatures)
            {
                md.Append("- ").Append(Escape(words.Signature(signature.Name, signature.SignedAtUtc))).Append('\n');
            }

            md.Append('\n');
        }

        if (version.Waiting.Count > 0)
        {
            md.Append(Escape(words.Waiting(version.Waiting))).Append("\n\n");
        }

        if (version.ActivatedAtUtc is { } activated)
        {
            md.Append(Escape(words.ActiveSince(activated))).Append("\n\n");
        }

        if (version.ReviewOn is { } review)
        {
            md.Append(Escape(words.ReviewOn(review))).Append("\n\n");
        }

        md.Append("**").Append(Escape(words.FingerprintLabel)).Append(":** `").Append(version.ShortHash).Append("`\n\n");
        md.Append(Escape(words.FingerprintHint)).Append('\n');
        return md.ToString();
    }

    /// <summary>
    /// Text of several lines as one Markdown block that keeps its line breaks (a backslash before each
    /// line end) and its empty lines (a new paragraph). Continuation lines get <paramref name="indent"/>
    /// so they stay inside a list item.
    /// </summary>
    private static string Block(string text, string indent)
    {
        var lines = text.Split('\n').Select(l => Escape(l.Trim())).ToList();
        var block = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var breakBefore = lines[i - 1].Length > 0 && lines[i].Length > 0 ? "\\" : string.Empty;
                block.Append(breakBefore).Append('\n');
                if (lines[i].Length > 0)
                {
                    block.Append(indent);
                }
            }

            block.Append(lines[i]);
        }

        return block.ToString();
    }

    /// <summary>
    /// One line of someone's text, made inert: every significant character gets a backslash, and so do
    /// the characters that start a list, a heading underline or a numbered item at the start of a line.
    /// </summary>
    public static string Escape(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (Significant.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var text = escaped.ToString();
        if (text.Length > 0 && text[0] is '-' or '+' or '=')
        {
            return "\\" + text;
        }

        return NumberedItem().Replace(text, "$1\\$2", 1);
    }

    [GeneratedRegex(@"^(\d{1,9})([.)])")]
    private static partial Regex NumberedItem();
}
