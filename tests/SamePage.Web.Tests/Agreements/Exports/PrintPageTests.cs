using System.Net;
using System.Text.RegularExpressions;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements.Exports;

/// <summary>Issue 4, "Export": the print-ready page of a version, and what the print stylesheet leaves out.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed partial class PrintPageTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_print_page_shows_the_clauses_by_category_then_who_signed_when_and_the_fingerprint(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("No category, first line\nsecond line", Expectation.Custom, null, "A note\nover two lines"),
            new TestClause("About an ex", Expectation.TellMe, "ex-partners"),
            new TestClause("About time", Expectation.AskFirst, "time-and-priority", AppliesTo: [1]));
        var version = await AgreementSetup.VersionAsync(app, circle, number);

        var page = await circle[1].GetAsync(Paths.AgreementPrint(circle.Circle, number));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Agreement, version 1", page.Find("h1")!.TextContent);
        Assert.Equal("Us", page.Find("#agreement-circle")!.TextContent);
        Assert.Contains("Active", page.Find("#agreement-status")!.TextContent);
        Assert.Equal(["Time and priority", "Ex-partners", "Other"], page.FindAll(".agreement-group > h2").Select(h => h.TextContent));
        Assert.Equal(["Clause 1", "Clause 2", "Clause 3"], page.FindAll(".agreement-clause h3").Select(h => h.TextContent));
        Assert.Equal(["About time", "About an ex", "No category, first line\nsecond line"], page.FindAll(".clause-text").Select(p => p.TextContent));
        Assert.Equal("A note\nover two lines", page.Find(".clause-notes")!.TextContent);
        var first = page.Find(".agreement-clause")!.TextContent;
        Assert.Contains("Ask first", first);
        Assert.Contains("Birch", first);

        Assert.Contains("Proposed by Alder on ", page.Find("#proposed")!.TextContent);
        var signatures = page.FindAll("#signatures li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, signatures.Count);
        Assert.StartsWith("Alder, signed on ", signatures[0], StringComparison.Ordinal);
        Assert.StartsWith("Birch, signed on ", signatures[1], StringComparison.Ordinal);
        Assert.Matches(@"UTC$", signatures[1]);
        Assert.NotNull(page.Find("#activated"));
        Assert.Contains(version.ReviewOn!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("#review-on")!.TextContent);
        Assert.Equal(version.Document.ShortHash, page.Find("#fingerprint code")!.TextContent);
    }

    [Theory, Providers]
    public async Task The_print_page_carries_the_hooks_of_the_print_stylesheet_and_no_inline_script_or_style(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("Printed words", Expectation.Fine));

        var page = await circle[0].GetAsync(Paths.AgreementPrint(circle.Circle, number));

        // What print hides is marked: the downloads, the way back, the button; the quick exit stays on screen.
        Assert.NotNull(page.Find("a[data-quick-exit]"));
        Assert.NotNull(page.Find(".quick-exit-bar"));
        var copies = page.Find("#copies")!;
        Assert.Contains("no-print", copies.ClassList);
        Assert.Contains("Print command", copies.TextContent);
        Assert.Equal(Paths.AgreementExport(circle.Circle, number, "pdf"), copies.QuerySelector("#download-pdf")!.GetAttribute("href"));
        Assert.Equal(Paths.AgreementExport(circle.Circle, number, "md"), copies.QuerySelector("#download-markdown")!.GetAttribute("href"));
        Assert.Equal(Paths.AgreementExport(circle.Circle, number, "ics"), copies.QuerySelector("#download-reminder")!.GetAttribute("href"));
        Assert.True(copies.QuerySelector("button[data-print]")!.HasAttribute("hidden"), "Without JavaScript the Print button must stay hidden.");
        Assert.NotNull(page.Find("script[type=module][src^='/js/print.']"));
        Assert.Empty(page.FindAll("script:not([src])"));
        Assert.Empty(page.FindAll("[style], style"));
        Assert.NotNull(page.Find(".agreement-copy .clause-text"));
        Assert.Null(page.Find(".agreement-copy .no-print, .agreement-copy button"));

        var css = await circle[0].GetAsync("/css/site.css");
        var print = LastPrintBlock().Matches(css.Body).Last().Value;
        foreach (var hidden in new[] { ".quick-exit-bar", ".site-header", ".site-footer", ".no-print", "button", ".button" })
        {
            Assert.Matches($@"(^|[\s,]){Regex.Escape(hidden)}[\s,][^{{]*\{{\s*display:\s*none", print);
        }

        var script = await circle[0].GetAsync("/js/print.js");
        Assert.Equal(HttpStatusCode.OK, script.Status);
        Assert.Contains("window.print()", script.Body);
    }

    [GeneratedRegex(@"@media print \{.*?\n\}", RegexOptions.Singleline)]
    private static partial Regex LastPrintBlock();
}
