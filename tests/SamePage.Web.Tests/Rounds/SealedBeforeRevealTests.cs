using System.Net;
using AngleSharp.Dom;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>
/// Until every member has submitted, nothing of anyone's answers reaches anyone else.
/// Every page and endpoint B can reach is captured before and after A answers and submits; the only
/// difference allowed is the line saying that A has submitted.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class SealedBeforeRevealTests(SharedApps apps)
{
    private const string Alder = "Alder";
    private const string Birch = "Birch";

    /// <summary>A's answers: nothing like B's, and varied, so that any leak would show.</summary>
    private static Stance Distinctive(int index) => (index % 3) switch
    {
        0 => Stance.Betrayal,
        1 => Stance.AskFirst,
        _ => Stance.Hurts,
    };

    [Theory, Providers]
    public async Task Before_the_reveal_no_page_shows_a_member_anything_of_another_members_answers(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, Alder, Birch);
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        // B answers "How I connect" first, so the page the questionnaire resumes at stays the same.
        await b.AnswerAllStylesAsync(id, 1, 0);
        await b.AnswerAllAsync(id, 1, Stance.Fine);

        var before = await SnapshotAsync(b, id);
        Assert.Contains("not submitted yet", StatusLine(before[Paths.Circle(id)], Alder));
        Assert.Equal(HttpStatusCode.Redirect, before[Paths.Comparison(id, 1)].Status);

        var behaviours = TestCatalogue.Behaviours;
        await a.AnswerAllAsync(id, 1, behaviour => Distinctive(IndexOf(behaviour.Id)));
        // A also guesses B's answers and writes in the private journal: none of that may show either.
        var firstPage = TestCatalogue.Categories[0].Id;
        await a.AnswerWithGuessesAsync(id, 1, firstPage, [], [.. TestCatalogue.Catalogue.InCategory(firstPage).Select(x => (x.Id, 2, nameof(Stance.Hurts)))]);
        await a.WriteJournalAsync(id, 1, ("feeling-secure", "Wintergreen telescope confession"));
        // And A answers "How I connect" at the other end of every scale.
        await a.AnswerAllStylesAsync(id, 1, 4);
        var submitted = await a.SubmitAsync(id, 1);
        Assert.Equal($"{Paths.Review(id, 1)}?notice=Submitted", submitted.Location);

        var after = await SnapshotAsync(b, id);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Contains("submitted", StatusLine(after[Paths.Circle(id)], Alder));
        Assert.DoesNotContain("not submitted", StatusLine(after[Paths.Circle(id)], Alder));
        Assert.Equal([$"{Alder} has submitted."], after[Paths.Circle(id)].FindAll("#since-last-visit li").Select(li => li.TextContent.Trim()));
        foreach (var url in before.Keys)
        {
            Assert.Equal(Comparable(before[url], url == Paths.Circle(id)), Comparable(after[url], url == Paths.Circle(id)));
            Assert.Empty(after[url].FindAll("[data-kind]"));
            Assert.Empty(after[url].FindAll("[data-style] input[value='4'][checked], #how-you-connect"));
            Assert.DoesNotContain("Wintergreen", after[url].Body, StringComparison.Ordinal);
        }

        // The reveal: now, and only now, B sees A's answers.
        var revealed = await b.SubmitAsync(id, 1);
        Assert.Equal(Paths.Comparison(id, 1), revealed.Location);
        var comparison = await b.GetAsync(Paths.Comparison(id, 1));
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        // A's journal stays A's: it was never shared.
        foreach (var url in new[] { Paths.Circle(id), Paths.Comparison(id, 1), Paths.BlindSpots(id, 1), Paths.Reflections(id, 1), Paths.Journal(id, 1) })
        {
            var page = await b.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain("Wintergreen", page.Body, StringComparison.Ordinal);
        }

        // A's ways of connecting are revealed with the round, beside B's.
        var connect = comparison.Find("#how-you-connect");
        Assert.NotNull(connect);
        Assert.Equal(TestCatalogue.Styles.Items.Count, connect.QuerySelectorAll("li[data-style][data-gap='FarApart']").Length);

        for (var i = 0; i < behaviours.Count; i++)
        {
            var item = comparison.Find($"li[data-behaviour='{behaviours[i].Id}']");
            Assert.NotNull(item);
            var stances = item.QuerySelectorAll("dd").Select(dd => dd.TextContent.Trim()).ToList();
            Assert.Equal([StanceLabel(Stance.Fine), StanceLabel(Distinctive(i))], stances);
        }
    }

    private static int IndexOf(string behaviourId) =>
        TestCatalogue.Behaviours.Select((b, i) => (b, i)).First(x => x.b.Id == behaviourId).i;

    /// <summary>Everything B can load or call about the circle and its round, by address.</summary>
    private static async Task<SortedDictionary<string, WebPage>> SnapshotAsync(Person b, Guid id)
    {
        var pages = new SortedDictionary<string, WebPage>(StringComparer.Ordinal);
        var urls = new List<string> { "/circles", Paths.Circle(id), Paths.Invite(id), Paths.Leave(id), Paths.Answer(id, 1), Paths.Review(id, 1), Paths.Comparison(id, 1),
            Paths.BlindSpots(id, 1), Paths.Changes(id, 1), Paths.Journal(id, 1), Paths.Reflections(id, 1), Paths.Behaviours(id) };
        urls.AddRange(TestCatalogue.Categories.Select(c => Paths.Answer(id, 1, c.Id)));
        urls.Add(Paths.Styles(id, 1));
        foreach (var url in urls)
        {
            var page = await b.GetAsync(url);
            Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{page}");
            pages[url] = page;
        }

        // Autosave answers with B's progress. It saves B's own unchanged answers on the page B saved
        // last, so B's draft (and where the questionnaire resumes) stays as it was.
        var category = TestCatalogue.Categories[^1].Id;
        var autosave = await b.PostFormAsync(Paths.Autosave(id, 1, category),
            [.. TestCatalogue.Catalogue.InCategory(category).Select(x => ($"Answers[{x.Id}]", "Fine"))]);
        Assert.Equal(HttpStatusCode.OK, autosave.Status);
        Assert.Equal("application/json", autosave.ContentType);
        pages[Paths.Autosave(id, 1, category)] = autosave;
        return pages;
    }

    private static string StatusLine(WebPage circlePage, string displayName) =>
        circlePage.FindAll("#round-status li").Single(li => li.TextContent.Contains(displayName, StringComparison.Ordinal)).TextContent;

    /// <summary>The response without what legitimately differs between two loads: antiforgery tokens, and A's status line.</summary>
    private static string Comparable(WebPage page, bool isCirclePage)
    {
        var text = $"{(int)page.Status} {page.Location}\n";
        if (!page.IsHtml)
        {
            return text + page.Body;
        }

        if (!isCirclePage)
        {
            return text + page.NormalizedHtml();
        }

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.NormalizedHtml());
        var line = document.QuerySelectorAll("#round-status li").Single(li => li.TextContent.Contains(Alder, StringComparison.Ordinal));
        line.Remove();
        // Who has submitted also moves the page's pulse stamp and is news "since your last visit": nothing more.
        document.QuerySelector("#since-last-visit")?.Remove();
        document.QuerySelector("[data-pulse-stamp]")?.SetAttribute("data-pulse-stamp", string.Empty);
        return text + System.Text.RegularExpressions.Regex.Replace(document.DocumentElement.OuterHtml, @">\s+<", "><");
    }

    private static string StanceLabel(Stance stance) => stance switch
    {
        Stance.Fine => "Fine with me — no need to mention it",
        Stance.AskFirst => "Please check with me first",
        Stance.Hurts => "It would hurt — depends, let's talk",
        Stance.Betrayal => "That would feel like a betrayal",
        _ => throw new ArgumentOutOfRangeException(nameof(stance)),
    };
}
