using System.Text.RegularExpressions;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Agreements;

/// <summary>Defect 1: a clause has one number, 1…n across groups, on screen (draft and version) as in the print page and the Markdown.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed partial class ClauseNumberTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_screen_numbers_clauses_across_groups_exactly_like_the_exports(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle,
            new TestClause("Online one", Category: "online-and-technology"),
            new TestClause("No category one"),
            new TestClause("Online two", Category: "online-and-technology"),
            new TestClause("No category two"));
        await AgreementSetup.AddToDraftAsync(app, circle, new TestClause("Draft only, no category"));
        var person = circle[0];

        var md = (await person.DownloadAsync(Paths.AgreementExport(circle.Circle, number, "md"))).Text;
        var fromMarkdown = MarkdownClause().Matches(md).Select(m => (Number: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.Equal(["1", "2", "3", "4"], fromMarkdown.Select(c => c.Number));

        var version = await person.GetAsync(Paths.Version(circle.Circle, number));
        var onScreen = version.FindAll("ol.clauses > li[data-number]")
            .Select(li => (Number: li.GetAttribute("data-number")!, Text: li.QuerySelector(".clause-text")!.TextContent.Trim())).ToList();
        Assert.Equal(fromMarkdown, onScreen);
        Assert.Equal(["Clause 1", "Clause 2", "Clause 3", "Clause 4"], version.FindAll("ol.clauses .clause-number").Select(e => e.TextContent.Trim()));
        // The list markers agree too: each group's list starts where the last one stopped.
        Assert.Equal(["1", "3"], version.FindAll("ol.clauses").Select(ol => ol.GetAttribute("start")));

        var print = await person.GetAsync(Paths.AgreementPrint(circle.Circle, number));
        Assert.Equal(fromMarkdown.Select(c => $"Clause {c.Number}"), print.FindAll(".agreement-clause h3").Select(h => h.TextContent.Trim()));

        // The draft numbers the same way (with the clause only the draft has, last).
        var draft = await person.GetAsync(Paths.Agreement(circle.Circle));
        Assert.Equal(
            [.. fromMarkdown.Select(c => c.Text), "Draft only, no category"],
            draft.FindAll("ol.draft-clauses > li").OrderBy(li => int.Parse(li.GetAttribute("data-number")!, System.Globalization.CultureInfo.InvariantCulture)).Select(li => li.QuerySelector(".clause-text")!.TextContent.Trim()));
        Assert.Equal(["1", "2", "3", "4", "5"], draft.FindAll("ol.draft-clauses > li").Select(li => li.GetAttribute("data-number")));
    }

    [GeneratedRegex(@"^### Clause (\d+)\n\n(.+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownClause();
}
