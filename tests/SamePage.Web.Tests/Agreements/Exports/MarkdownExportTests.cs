using System.Net;
using System.Text.RegularExpressions;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements.Exports;

/// <summary>Issue 4, "Export": the Markdown file is the print page as plain text, and members' words stay words.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed partial class MarkdownExportTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_markdown_has_every_clause_with_its_line_breaks_signatures_and_fingerprint(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("We tell each other about new friendships.\nEspecially online ones.", Expectation.TellMe, "online-and-technology", "Talked about it in May"),
            new TestClause("Ünïcödé — Ελληνικά ok", Expectation.Fine, AppliesTo: [0]));
        var version = await AgreementSetup.VersionAsync(app, circle, number);

        var md = await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"));

        Assert.Equal(HttpStatusCode.OK, md.Status);
        Assert.Equal("text/markdown", md.ContentType);
        Assert.Equal("utf-8", md.Charset);
        var lines = md.Text.Split('\n');
        Assert.Equal("# Agreement, version 1", lines[0]);
        Assert.Contains("Us", lines);
        Assert.Contains("**Status:** Active", lines);
        Assert.Contains("## Online and technology", lines);
        Assert.Contains("## Other", lines);
        Assert.Contains("We tell each other about new friendships.\\", lines);
        Assert.Contains("Especially online ones.", lines);
        Assert.Contains("- **Expectation:** Fine — tell me about it", lines);
        Assert.Contains("- **Notes:** Talked about it in May", lines);
        Assert.Contains("Ünïcödé — Ελληνικά ok", lines);
        Assert.Contains("- **Applies to:** Alder", lines);
        Assert.Single(lines, l => l.StartsWith("- Alder, signed on ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("- Birch, signed on ", StringComparison.Ordinal));
        Assert.Contains($"**Fingerprint:** `{version.Document.ShortHash}`", lines);
        Assert.True(md.Text.IndexOf("Online and technology", StringComparison.Ordinal) < md.Text.IndexOf("## Other", StringComparison.Ordinal),
            "Clauses of a catalogue category come before those of no category.");
    }

    [Theory, Providers]
    public async Task A_clause_cannot_inject_headings_links_lists_or_html(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        string[] attack =
        [
            "# We agreed to nothing",
            "[Sign here](https://evil.example/phish) ![x](https://evil.example/x.png)",
            "<script>alert(1)</script> &amp; <b>bold</b>",
            "- a list item",
            "1. a numbered item",
            "| a | table |",
            "***",
            "```",
            "    indented code",
            "===",
        ];
        var text = string.Join('\n', attack);
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause(text, Expectation.Custom, Notes: "## Notes heading\n[link](x)"));

        var md = (await circle[0].DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"))).Text;

        var headings = md.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.Equal(["# Agreement, version 1", "## Other", "### Clause 1", "## Proposed and signed"], headings);
        Assert.DoesNotContain("[Sign here]", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)&", md);
        Assert.DoesNotContain("```", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- a list item", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n1. a numbered", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n***", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n===", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n    indented", md, StringComparison.Ordinal);

        // Undoing the escapes gives back every line the members wrote.
        var plain = Unescape(md);
        foreach (var line in attack.Append("## Notes heading").Append("[link](x)"))
        {
            Assert.Contains(line.Trim(), plain, StringComparison.Ordinal);
        }
    }

    /// <summary>What a reader sees of escaped text: a backslash before punctuation disappears, as does one ending a line.</summary>
    private static string Unescape(string markdown) => LineEndBreak().Replace(Escaped().Replace(markdown, "$1"), "\n");

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\\\n")]
    private static partial Regex LineEndBreak();
}
