using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Rounds;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Agreements;

/// <summary>
/// "Write it into our agreement" from the comparison or talk mode: the clause form with a suggestion
/// built from the behaviour (an empty text with an example, the more careful expectation marked as
/// suggested, none chosen). Opening it writes nothing; the clause enters the shared draft only when
/// someone saves it in their own words.
/// </summary>
public sealed class SuggestionModel(CircleAccess circles, AgreementDraftDesk drafts, RoundDesk rounds, ContentLibrary content, IStringLocalizer<SharedResource> l)
    : AgreementPageModel(circles)
{
    [BindProperty]
    public ClauseForm Form { get; set; } = new();

    public Behaviour Behaviour { get; private set; } = null!;

    /// <summary>The pair the suggestion came from and what each said.</summary>
    public PairView Pair { get; private set; } = null!;

    public ComparedItem? Compared { get; private set; }

    public Expectation? Suggested { get; private set; }

    public string? FormError { get; private set; }

    public IReadOnlyList<Category> Categories => content.Catalogue.Categories;

    public string Placeholder => l["About “{0}”, we agree that…", Behaviour.Label];

    public int RoundNumber { get; private set; }

    public string? Back { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int round, string? behaviour, Guid? first, Guid? second, string? back)
    {
        content.Screener.Meaning?.Prepare();
        if (await OpenAsync(id, round, behaviour, first, second, back) is { } elsewhere)
        {
            return elsewhere;
        }

        Form = ClauseForm.ForEveryone(Circle);
        Form.Behaviour = Behaviour.Id;
        Form.Category = Behaviour.CategoryId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int round, string? behaviour, Guid? first, Guid? second, string? back)
    {
        if (await OpenAsync(id, round, behaviour, first, second, back) is { } elsewhere)
        {
            return elsewhere;
        }

        if (Form.Category is { Length: > 0 } category && content.Catalogue.FindCategory(category) is null)
        {
            Form.Category = Behaviour.CategoryId;
        }

        Form.Behaviour = Behaviour.Id;
        var chose = Request.Form.ContainsKey("Form.Expectation");
        FormError = chose ? Form.Problem(Circle, l) : l["Please choose what this clause expects."];
        if (FormError is null && (await drafts.DraftAsync(Circle)).Clauses.Count >= AgreementRules.MaxClauses)
        {
            FormError = l["An agreement can have up to {0} clauses. Perhaps some could be combined?", AgreementRules.MaxClauses];
        }

        if (FormError is not null)
        {
            // What they chose stays chosen; the "suggested" mark only shows until they choose.
            Suggested = chose ? null : Suggested;
            return Page();
        }

        var input = Form.ToInput(Circle);
        var clauseId = await drafts.AddAsync(Circle, input);
        content.Screener.ScreenAhead(input);
        return back == SuggestionPaths.BackToTalk
            ? Redirect($"{TalkPath}&notice=added")
            : Redirect($"{AgreementPath}?notice=added#clause-{clauseId}");
    }

    public string Name(MemberView member) => member.IsYou ? l["You"] : member.DisplayName;

    public string TalkPath => $"{CirclePath}/rounds/{RoundNumber}/talk?{(Pair.Query.Length > 0 ? Pair.Query + "&" : string.Empty)}at={Uri.EscapeDataString(Behaviour.Id)}";

    public string CancelPath => Back == SuggestionPaths.BackToTalk ? TalkPath : $"{CirclePath}/rounds/{RoundNumber}/comparison{(Pair.Query.Length > 0 ? "?" + Pair.Query : string.Empty)}";

    /// <summary>
    /// A "How I connect" item becomes a clause like any comparison item: filed under the first
    /// catalogue category its topic relates to, with no stances to suggest an expectation from.
    /// </summary>
    private Behaviour? StyleAsBehaviour(string? id) =>
        content.Styles.Find(id ?? string.Empty) is { } style && content.Styles.FindGroup(style.GroupId) is { } group
            ? new Behaviour(style.Id, group.RelatedCategories[0], style.Label, group.Title, Autonomy: false)
            : null;

    /// <summary>
    /// Null when this member may write a clause from this round's comparison; otherwise where they go:
    /// not found for a round or behaviour that isn't there, the clause already written for it, or the
    /// draft for someone who did not take part in the round.
    /// </summary>
    private async Task<IActionResult?> OpenAsync(Guid id, int round, string? behaviour, Guid? first, Guid? second, string? back)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        var found = await rounds.FindAsync(id, round);
        var item = found is null ? null : (await rounds.CatalogueAsync(Circle, found)).Find(behaviour ?? string.Empty) ?? StyleAsBehaviour(behaviour);
        if (found is null || item is null)
        {
            return NotFound();
        }

        var state = await rounds.StateAsync(Circle, found);
        if (state.Phase != RoundPhase.Revealed || !state.Members.Contains(Circle.Me.MembershipId)
            || PairView.Open(Circle, await rounds.RevealedAsync(Circle, found), first, second) is not { } pair)
        {
            return Redirect(AgreementPath);
        }

        var existing = (await drafts.DraftAsync(Circle)).Clauses.FirstOrDefault(c => c.Clause.BehaviourId == item.Id);
        if (existing is not null)
        {
            return Redirect($"{AgreementPath}/clauses/{existing.Clause.Id}?notice=exists");
        }

        (Behaviour, Pair, RoundNumber, Back) = (item, pair, round, back == SuggestionPaths.BackToTalk ? back : null);
        Compared = pair.Pair.Items.FirstOrDefault(i => i.Behaviour.Id == item.Id);
        Suggested = Compared is null ? null : Expectations.Suggest(Compared.Verdict.First, Compared.Verdict.Second);
        return null;
    }
}
