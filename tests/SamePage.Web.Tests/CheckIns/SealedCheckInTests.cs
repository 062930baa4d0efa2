using System.Net;
using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;
using static SamePage.Web.Tests.TestSupport.CheckInIntents;

namespace SamePage.Web.Tests.CheckIns;

/// <summary>
/// Sealed like a round. Every page and file B can reach is captured before and after
/// A answers and submits; the only differences allowed are the line saying who is still to submit, and the
/// circle page's content-free pulse stamp and "since your last visit" news that moves with it.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class SealedCheckInTests(SharedApps apps)
{
    private const string TopicSentinel = "Tangerine lighthouse topic";
    private const string ThanksSentinel = "Cobalt meadow appreciation";

    [Theory, Providers]
    public async Task Before_everyone_submits_no_page_shows_anything_of_another_members_check_in(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        // A first check-in, revealed, so that the trends page has something to show before and after.
        var first = await circle.CheckInTogetherAsync(Scores(3), Scores(3));
        var second = await b.StartCheckInAsync(id);
        await b.SaveCheckInAsync(id, second, Scores(2));

        var before = await SnapshotAsync(b, id, second);
        await a.CheckInAsync(id, second, [.. Scores(6, (CheckInItems.Secure, 0)), Topics(TopicSentinel), Appreciation(ThanksSentinel)]);
        var after = await SnapshotAsync(b, id, second);

        Assert.Equal(before.Keys, after.Keys);
        foreach (var url in before.Keys)
        {
            Assert.Equal(Comparable(before[url]), Comparable(after[url]));
            Assert.DoesNotContain(TopicSentinel, after[url].Body, StringComparison.Ordinal);
            Assert.DoesNotContain(ThanksSentinel, after[url].Body, StringComparison.Ordinal);
        }

        Assert.Contains("waiting for Alder and you", before[Paths.CheckIns(id)].Find($"li[data-check-in='{second}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("waiting for you", after[Paths.CheckIns(id)].Find($"li[data-check-in='{second}']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after[Paths.CheckIn(id, second)].Find("#check-in-scores"));
        Assert.DoesNotContain("0 of 6", after[Paths.CheckIn(id, second)].Text, StringComparison.Ordinal);
        Assert.Equal([first], after[Paths.CheckInTrends(id)].FindAll("#trend-table-secure tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-check-in")!, System.Globalization.CultureInfo.InvariantCulture)));

        // A, having submitted, sees only their own answers and who is still to submit.
        var waiting = await a.GetAsync(Paths.CheckIn(id, second));
        Assert.Equal("Still to submit: Birch.", waiting.Find("#waiting-for")!.TextContent.Trim());
        Assert.Null(waiting.Find("#check-in-scores"));
        Assert.Contains(TopicSentinel, waiting.Find("#own-answers")!.TextContent, StringComparison.Ordinal);

        // The reveal: now, and only now, B sees what A said.
        await b.CheckInAsync(id, second, Scores(2));
        var revealed = await b.GetAsync(Paths.CheckIn(id, second));
        Assert.Equal(["0 of 6", "2 of 6"], revealed.ScoresTable()[CheckInItems.Secure]);
        Assert.Contains(TopicSentinel, revealed.Find("#agenda-topics")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ThanksSentinel, revealed.Find("#agenda-reconnect")!.TextContent, StringComparison.Ordinal);
        var trends = await b.GetAsync(Paths.CheckInTrends(id));
        Assert.Equal(2, trends.FindAll("#trend-table-secure tbody tr").Count);
    }

    /// <summary>Everything B can load about the circle's check-ins, by address.</summary>
    private static async Task<SortedDictionary<string, WebPage>> SnapshotAsync(Person b, Guid id, int number)
    {
        var pages = new SortedDictionary<string, WebPage>(StringComparer.Ordinal);
        foreach (var url in new[] { Paths.Circle(id), Paths.CheckIns(id), Paths.CheckIn(id, number), Paths.CheckIn(id, number - 1), Paths.CheckInTrends(id) })
        {
            var page = await b.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            pages[url] = page;
        }

        var calendar = await b.DownloadAsync(Paths.CheckInCalendar(id));
        Assert.Equal(HttpStatusCode.OK, calendar.Status);
        // DTSTAMP is the moment of download; everything else must be the same.
        pages[Paths.CheckInCalendar(id)] = new WebPage(HttpMethod.Get, Paths.CheckInCalendar(id), calendar.Status,
            new HttpResponseMessage().Headers, null,
            string.Join('\n', calendar.Text.Split('\n').Where(l => !l.StartsWith("DTSTAMP", StringComparison.Ordinal))));
        return pages;
    }

    /// <summary>The response without what legitimately differs: antiforgery tokens, and who is still to submit on the list.</summary>
    private static string Comparable(WebPage page)
    {
        if (!page.IsHtml)
        {
            return page.Body;
        }

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.NormalizedHtml());
        foreach (var line in document.QuerySelectorAll("#check-in-list li[data-revealed='false']"))
        {
            line.Remove();
        }

        // That someone submitted also moves the page's content-free pulse stamp and is news "since your last visit".
        document.QuerySelector("#since-last-visit")?.Remove();
        document.QuerySelector("[data-pulse-stamp]")?.SetAttribute("data-pulse-stamp", string.Empty);
        return document.DocumentElement.OuterHtml;
    }
}
