using System.Net;
using SamePage.Core.Agreements;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>What members do with their agreement, as intent methods on <see cref="Person"/>, posting the pages' own forms.</summary>
public static class AgreementIntents
{
    /// <summary>The fields of the clause form. <paramref name="seats"/> null means everyone.</summary>
    public static (string, string)[] ClauseFields(string text, Expectation expectation = Expectation.AskFirst, IEnumerable<int>? seats = null, string notes = "", string category = "", int membersInCircle = 2) =>
    [
        ("Form.Text", text),
        ("Form.Expectation", expectation.ToString()),
        .. (seats ?? Enumerable.Range(1, membersInCircle)).Select(s => ("Form.For", s.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ("Form.Notes", notes),
        ("Form.Category", category),
    ];

    public static Task<WebPage> AddClauseAsync(this Person person, Guid circle, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.Agreement(circle), fields);

    /// <summary>Adds a clause that must work; returns its id.</summary>
    public static async Task<Guid> AddClauseAsync(this Person person, Guid circle, string text, Expectation expectation = Expectation.AskFirst, IEnumerable<int>? seats = null, int membersInCircle = 2)
    {
        var page = await person.AddClauseAsync(circle, ClauseFields(text, expectation, seats, membersInCircle: membersInCircle));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Adding a clause answered {page}: {page.Text}");
        return Guid.Parse(page.Location!.Split("#clause-")[1]);
    }

    /// <summary>The edit page of a clause and the version it carries.</summary>
    public static async Task<(WebPage Page, int Version)> OpenClauseAsync(this Person person, Guid circle, Guid clause)
    {
        var page = await person.GetAsync(Paths.Clause(circle, clause));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (page, int.Parse(page.Find("input[name=Version]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Task<WebPage> SaveClauseAsync(this Person person, Guid circle, Guid clause, int version, params (string, string)[] fields) =>
        person.PostFormAsync(Paths.Clause(circle, clause), [("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. fields]);

    /// <summary>Proposes the draft as the draft page shows it now; returns the response (a redirect to the version when it worked).</summary>
    public static async Task<WebPage> ProposeAsync(this Person person, Guid circle)
    {
        var draft = await person.GetAsync(Paths.Agreement(circle));
        var revision = draft.Find("input[name=revision]")?.GetAttribute("value");
        Assert.True(revision is not null, $"No propose form on the draft page: {draft.Text}");
        return await person.PostFormAsync($"{Paths.Agreement(circle)}?handler=Propose", ("revision", revision!));
    }

    /// <summary>Signs a version with the hash its page shows, with the given (or the person's own) passphrase.</summary>
    public static async Task<WebPage> SignAsync(this Person person, Guid circle, int number, string? passphrase = null, string? hash = null)
    {
        var page = await person.GetAsync(Paths.Version(circle, number));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        hash ??= page.Find("#sign input[name=hash]")?.GetAttribute("value") ?? "no-hash-shown";
        return await person.PostFormAsync($"{Paths.Version(circle, number)}?handler=Sign", ("hash", hash), ("passphrase", passphrase ?? person.Passphrase));
    }

    public static async Task<string> VersionStatusAsync(this Person person, Guid circle, int number) =>
        (await person.GetAsync(Paths.Versions(circle))).Find($"tr[data-version='{number}']")?.GetAttribute("data-status") ?? "missing";

    /// <summary>The clause texts of the draft, in the order shown.</summary>
    public static async Task<IReadOnlyList<string>> DraftTextsAsync(this Person person, Guid circle) =>
        [.. (await person.GetAsync(Paths.Agreement(circle))).FindAll("ol.draft-clauses > li .clause-text").Select(e => e.TextContent)];
}
