using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Catalogue;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Content;

namespace SamePage.Web.Pages.Agreements;

/// <summary>
/// Edit one clause of the draft. The form carries the version it was loaded at; if someone else
/// saved the clause meanwhile, nothing is overwritten: both versions are shown and what was typed is kept.
/// </summary>
public sealed class ClauseModel(CircleAccess circles, AgreementDraftDesk drafts, ContentLibrary content, AgreementWords words, IStringLocalizer<SharedResource> l)
    : AgreementPageModel(circles)
{
    [BindProperty]
    public ClauseForm Form { get; set; } = new();

    /// <summary>The version of the clause the form was loaded at.</summary>
    [BindProperty]
    public int Version { get; set; }

    public DraftClauseView Current { get; private set; } = null!;

    /// <summary>Set when someone else saved the clause while this member was editing: what they saved.</summary>
    public DraftClauseView? Theirs { get; private set; }

    public string? FormError { get; private set; }

    public string? Notice { get; private set; }

    public IReadOnlyList<Category> Categories => content.Catalogue.Categories;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid clauseId, string? notice)
    {
        content.Screener.Meaning?.Prepare();
        if (!await OpenCircleAsync(id) || await FindAsync(clauseId) is not { } current)
        {
            return NotFound();
        }

        Current = current;
        Form = ClauseForm.From(current.Clause, Circle);
        Version = current.Version;
        Notice = notice switch
        {
            "exists" => l["Your draft already has a clause for this behaviour, so here it is to edit."],
            _ => (string?)null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid clauseId)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        if (await FindAsync(clauseId) is not { } current)
        {
            return Redirect($"{AgreementPath}?notice=gone");
        }

        Current = current;
        if (Form.Category is { Length: > 0 } category && content.Catalogue.FindCategory(category) is null)
        {
            Form.Category = current.Clause.CategoryId;
        }

        Form.Behaviour = current.Clause.BehaviourId;
        FormError = Form.Problem(Circle, l);
        if (FormError is not null)
        {
            return Page();
        }

        var input = Form.ToInput(Circle);
        var (outcome, now) = await drafts.UpdateAsync(Circle, clauseId, Version, input);
        content.Screener.ScreenAhead(input);
        switch (outcome)
        {
            case ClauseChange.Saved:
                return Redirect($"{AgreementPath}?notice=saved#clause-{clauseId}");
            case ClauseChange.Conflict:
                // Keep what this member typed in the form; show what the other person saved; saving again is a deliberate choice.
                Theirs = now;
                Current = now!;
                Version = now!.Version;
                ModelState.Remove(nameof(Version));
                return Page();
            default:
                return Redirect($"{AgreementPath}?notice=gone");
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid clauseId)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        var (outcome, now) = await drafts.RemoveAsync(Circle, clauseId, Version);
        if (outcome == ClauseChange.Conflict)
        {
            Current = now!;
            Theirs = now;
            Form = ClauseForm.From(now!.Clause, Circle);
            Version = now.Version;
            ModelState.Remove(nameof(Version));
            Notice = l["Someone changed this clause just before you removed it, so it's still here. Read their version, then remove it again if you still want to."];
            return Page();
        }

        // A clause of another circle (or one already gone) was not removed: the draft says so rather than claiming it was.
        return Redirect(outcome == ClauseChange.Saved ? $"{AgreementPath}?notice=removed" : $"{AgreementPath}?notice=not-removed");
    }

    public ClauseDisplay Display(SamePage.Core.Agreements.Clause clause) => new(clause, words.AppliesTo(clause, AgreementWords.NamesIn(Circle)));

    public string EditorName =>
        Theirs?.LastEditedBy is { } m && Circle.Members.FirstOrDefault(x => x.MembershipId == m) is { } member && !member.IsYou
            ? member.DisplayName
            : l["Someone in your circle"];

    private async Task<DraftClauseView?> FindAsync(Guid clauseId) => (await drafts.DraftAsync(Circle)).Find(clauseId);
}
