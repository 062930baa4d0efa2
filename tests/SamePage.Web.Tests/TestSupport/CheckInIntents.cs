using System.Globalization;
using System.Net;
using SamePage.Core.CheckIns;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>What a member does with check-ins, as intent methods on <see cref="Person"/>, posting the pages' own forms.</summary>
public static class CheckInIntents
{
    /// <summary>Starts a check-in (or finds the open one) from the check-ins page; returns its number.</summary>
    public static async Task<int> StartCheckInAsync(this Person person, Guid circle)
    {
        var page = await person.PostFormAsync(Paths.StartCheckIn(circle));
        Assert.True(page.Status == HttpStatusCode.Redirect && page.Location!.StartsWith(Paths.CheckIns(circle) + "/", StringComparison.Ordinal),
            $"Starting a check-in answered {page}: {page.Text}");
        return int.Parse(page.Location[(Paths.CheckIns(circle).Length + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>The form fields of five scores: every item at <paramref name="all"/>, except those named.</summary>
    public static (string, string)[] Scores(int all, params (string Item, int Score)[] except) =>
    [
        .. CheckInItems.All.Select(item => ($"Scores[{item}]", (except.Any(e => e.Item == item) ? except.First(e => e.Item == item).Score : all).ToString(CultureInfo.InvariantCulture))),
    ];

    public static (string, string) Feeling(Guid clause, ClauseFeeling feeling) => ($"Feelings[{clause}]", feeling.ToString());

    public static (string, string) Appreciation(string text) => ("Appreciation", text);

    public static (string, string) Topics(string text) => ("Topics", text);

    /// <summary>Posts the check-in form with the Save button.</summary>
    public static Task<WebPage> SaveCheckInAsync(this Person person, Guid circle, int number, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.CheckIn(circle, number), [.. fields, ("go", "save")]);

    /// <summary>Posts the check-in form with the Submit button.</summary>
    public static Task<WebPage> SubmitCheckInAsync(this Person person, Guid circle, int number, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.CheckIn(circle, number), [.. fields, ("go", "submit")]);

    /// <summary>Answers and submits a check-in; it must work.</summary>
    public static async Task CheckInAsync(this Person person, Guid circle, int number, params (string, string)[] fields)
    {
        var page = await person.SubmitCheckInAsync(circle, number, fields);
        Assert.True(page.Status == HttpStatusCode.Redirect && page.Location!.StartsWith(Paths.CheckIn(circle, number), StringComparison.Ordinal)
            && !page.Location.Contains("Incomplete", StringComparison.Ordinal),
            $"Submitting check-in {number} answered {page}: {page.Text}");
    }

    /// <summary>Everyone in the circle starts (the first) and submits a check-in with the fields given for them; returns its number.</summary>
    public static async Task<int> CheckInTogetherAsync(this CircleSetup circle, params (string, string)[][] fieldsPerMember)
    {
        var number = await circle[0].StartCheckInAsync(circle.Circle);
        for (var i = 0; i < circle.Members.Count; i++)
        {
            await circle[i].CheckInAsync(circle.Circle, number, fieldsPerMember[i]);
        }

        return number;
    }

    /// <summary>The scores table of a revealed check-in: item → the cells in seat order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ScoresTable(this WebPage page) =>
        page.FindAll("#check-in-scores tbody tr").ToDictionary(
            tr => tr.GetAttribute("data-item")!,
            tr => (IReadOnlyList<string>)[.. tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim())]);
}
