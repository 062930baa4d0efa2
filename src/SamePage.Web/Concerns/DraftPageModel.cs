using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Core.Concerns;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Concerns;

/// <summary>The guided form of a concern draft (new or edited): its fields, the clauses it may name, and what is wrong with it.</summary>
public abstract class DraftPageModel(CircleAccess circles, ConcernDesk concerns, ConcernDraftDesk drafts, AgreementVersionDesk agreements, IStringLocalizer<SharedResource> l)
    : ConcernPageModel(circles, concerns, l)
{
    /// <summary>Where the author's draft is written, changed and deleted.</summary>
    protected ConcernDraftDesk Drafts { get; } = drafts;

    private const int ClauseLabelLength = 90;

    [BindProperty]
    public ConcernForm Form { get; set; } = new();

    /// <summary>The clauses of the active agreement, and the draft's own clause if it is no longer among them.</summary>
    public IReadOnlyList<ClauseChoice> Clauses { get; private set; } = [];

    public bool IsEmpty { get; private set; }

    public IReadOnlyList<string> TooLong { get; private set; } = [];

    public bool ClauseUnknown { get; private set; }

    public bool HasProblems => IsEmpty || TooLong.Count > 0 || ClauseUnknown;

    /// <summary>Loads the clauses a concern may name; <paramref name="current"/> is the draft as saved, if any.</summary>
    protected async Task LoadClausesAsync(ConcernDocument? current)
    {
        var active = (await agreements.VersionsAsync(Circle)).FirstOrDefault(v => v.Status == VersionStatus.Active);
        var choices = (active?.Document.Clauses ?? []).Select(c => new ClauseChoice(c.Id, Shorten(c.Text), c.Text, false)).ToList();
        if (current is { ClauseId: { } id, ClauseText: { } text } && choices.All(c => c.Id != id))
        {
            choices.Add(new ClauseChoice(id, Shorten(text), text, true));
        }

        Clauses = choices;
    }

    /// <summary>Checks the posted form; true when it can be kept. Problems are kept for the page, with the text as typed.</summary>
    protected bool Check()
    {
        var draft = Form.ToDraft();
        var check = draft.Check();
        IsEmpty = check.IsEmpty;
        TooLong = check.TooLong;
        ClauseUnknown = Form.Clause is { } clause && Clauses.All(c => c.Id != clause);
        return !HasProblems;
    }

    /// <summary>The full text of the chosen clause, to keep with the concern.</summary>
    protected string? ChosenClauseText() => Clauses.FirstOrDefault(c => c.Id == Form.Clause)?.Text;

    public int LengthOf(string field) => ConcernText.Length(Form.Text(field));

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var elements = new System.Globalization.StringInfo(oneLine);
        return elements.LengthInTextElements <= ClauseLabelLength ? oneLine : elements.SubstringByTextElements(0, ClauseLabelLength).TrimEnd() + "…";
    }
}
