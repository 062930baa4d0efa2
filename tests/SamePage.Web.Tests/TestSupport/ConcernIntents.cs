using System.Net;
using SamePage.Core.Concerns;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>What members do with concerns and self-checks, as intent methods on <see cref="Person"/>, posting the pages' own forms.</summary>
public static class ConcernIntents
{
    /// <summary>The fields of the concern form; <paramref name="clause"/> null means "none in particular".</summary>
    public static (string, string)[] ConcernFields(string noticed, string felt = "", string need = "", Guid? clause = null) =>
    [
        ("Form.Noticed", noticed),
        ("Form.Felt", felt),
        ("Form.Clause", clause?.ToString() ?? string.Empty),
        ("Form.Need", need),
    ];

    public static Task<WebPage> PostNewConcernAsync(this Person person, Guid circle, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.NewConcern(circle), fields);

    /// <summary>Writes a new private draft that must be kept; returns its id.</summary>
    public static async Task<Guid> DraftConcernAsync(this Person person, Guid circle, string noticed, string felt = "", string need = "", Guid? clause = null)
    {
        var page = await person.PostNewConcernAsync(circle, ConcernFields(noticed, felt, need, clause));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Saving a concern draft answered {page}: {page.Text}");
        return ConcernIn(page.Location!);
    }

    /// <summary>The edit page of a draft and the version its form carries.</summary>
    public static async Task<(WebPage Page, int Version)> OpenConcernDraftAsync(this Person person, Guid circle, Guid concern)
    {
        var page = await person.GetAsync(Paths.EditConcern(circle, concern));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (page, int.Parse(page.Find("input[name=Version]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Task<WebPage> SaveConcernDraftAsync(this Person person, Guid circle, Guid concern, int version, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.EditConcern(circle, concern), [("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. fields]);

    /// <summary>The share page's form as loaded now: the version and roster it carries.</summary>
    public static async Task<(string Version, string Roster)> OpenShareFormAsync(this Person person, Guid circle, Guid concern)
    {
        var page = await person.GetAsync(Paths.ShareConcern(circle, concern));
        Assert.True(page.Status == HttpStatusCode.OK, $"Opening the share page answered {page}");
        var version = page.Find("#share-form input[name=Version]")?.GetAttribute("value");
        var roster = page.Find("#share-form input[name=Roster]")?.GetAttribute("value");
        Assert.True(version is not null && roster is not null, $"No share form: {page.Text}");
        return (version!, roster!);
    }

    /// <summary>Posts the share form with the given form values and seats.</summary>
    public static Task<WebPage> PostShareAsync(this Person person, Guid circle, Guid concern, (string Version, string Roster) form, params int[] seats) =>
        person.PostFormAsync(Paths.ShareConcern(circle, concern),
            [("Version", form.Version), ("Roster", form.Roster), .. seats.Select(s => ("For", s.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    /// <summary>Opens the share page, ticks these seats and shares.</summary>
    public static async Task<WebPage> ShareConcernAsync(this Person person, Guid circle, Guid concern, params int[] seats) =>
        await person.PostShareAsync(circle, concern, await person.OpenShareFormAsync(circle, concern), seats);

    /// <summary>Writes a draft and shares it with these seats; both must work. Returns the concern's id.</summary>
    public static async Task<Guid> RaiseConcernAsync(this Person person, Guid circle, string noticed, int[] seats, string felt = "", string need = "")
    {
        var concern = await person.DraftConcernAsync(circle, noticed, felt, need);
        var shared = await person.ShareConcernAsync(circle, concern, seats);
        Assert.True(shared.Location == $"{Paths.Concern(circle, concern)}?notice=shared", $"Sharing answered {shared}: {shared.Text}");
        return concern;
    }

    public static Task<WebPage> ReplyToConcernAsync(this Person person, Guid circle, Guid concern, string text) =>
        person.PostFormAsync(Paths.ReplyToConcern(circle, concern), ("Reply", text));

    public static Task<WebPage> RecordOutcomeAsync(this Person person, Guid circle, Guid concern, string outcome) =>
        person.PostFormAsync(Paths.ConcernOutcome(circle, concern), ("Outcome", outcome));

    public static Task<WebPage> RecordOutcomeAsync(this Person person, Guid circle, Guid concern, ConcernOutcome outcome) =>
        person.RecordOutcomeAsync(circle, concern, outcome.ToString());

    /// <summary>The replies a concern page shows, in order.</summary>
    public static IReadOnlyList<string> Replies(this WebPage page) =>
        [.. page.FindAll("ol.replies > li .reflection-text").Select(e => e.TextContent)];

    /// <summary>The ids of the concerns the list page links to, in one of its sections (or all of them).</summary>
    public static async Task<IReadOnlyList<Guid>> ListedConcernsAsync(this Person person, Guid circle, string section = "")
    {
        var page = await person.GetAsync(Paths.Concerns(circle));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.FindAll($"{section} li[data-concern]").Select(e => Guid.Parse(e.GetAttribute("data-concern")!))];
    }

    public static (string, string)[] SelfCheckFields(IEnumerable<string> behaviours, string doing, string? reason, string why = "") =>
    [
        .. behaviours.Select(b => ("Behaviours", b)),
        ("Doing", doing),
        .. reason is null ? Array.Empty<(string, string)>() : [("Reason", reason)],
        ("Why", why),
    ];

    public static Task<WebPage> PostSelfCheckAsync(this Person person, Guid circle, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.SelfCheck(circle), fields);

    /// <summary>Saves a self-check that must be kept; returns its id.</summary>
    public static async Task<Guid> SelfCheckAsync(this Person person, Guid circle, SelfCheckReason reason, string doing = "", string why = "", params string[] behaviours)
    {
        var page = await person.PostSelfCheckAsync(circle, SelfCheckFields(behaviours, doing, reason.ToString(), why));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Saving a self-check answered {page}: {page.Text}");
        return Guid.Parse(page.Location!.Split('/')[^1]);
    }

    /// <summary>The concern id in an address like /circles/…/concerns/{id}[/edit][?notice=…].</summary>
    public static Guid ConcernIn(string location)
    {
        var path = location.Split('?', '#')[0];
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(parts, "concerns");
        return Guid.Parse(parts[index + 1]);
    }
}
