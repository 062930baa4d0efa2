using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Core.Catalogue;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Content;

namespace SamePage.Web.Pages.Agreements;

/// <summary>The circle's working draft: every member edits it; proposing freezes it for signing.</summary>
public sealed class DraftModel(
    CircleAccess circles, AgreementDraftDesk drafts, AgreementSigningDesk signing, AgreementVersionDesk versions, ClauseScreenings screenings, ContentLibrary content, AgreementWords words, PersonTime time, PeopleWords people, IStringLocalizer<SharedResource> l)
    : AgreementPageModel(circles)
{
    [BindProperty]
    public ClauseForm Form { get; set; } = new();

    public DraftView Draft { get; private set; } = null!;

    public IReadOnlyList<VersionView> Versions { get; private set; } = [];

    public VersionView? Active => Versions.FirstOrDefault(v => v.Status == VersionStatus.Active);

    public VersionView? Proposed => Versions.FirstOrDefault(v => v.Status == VersionStatus.Proposed);

    /// <summary>The newest version, if it was withdrawn: the circle is told why.</summary>
    public VersionView? JustWithdrawn => Versions.Count > 0 && Versions[0].Status == VersionStatus.Withdrawn ? Versions[0] : null;

    public IReadOnlyList<Category> Categories => content.Catalogue.Categories;

    public string? FormError { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>After starting a review: a new reflection round is offered alongside.</summary>
    public bool OfferNewRound { get; private set; }

    /// <summary>Some clause of the draft reads as monitoring, isolating or controlling (Core's screener, once per clause revision): a private note before proposing.</summary>
    public bool NeedsControlNote { get; private set; }

    public bool DraftIsActive => Active is not null && Active.Document.Hash == Draft.Document.Hash;

    public async Task<IActionResult> OnGetAsync(Guid id, string? notice)
    {
        content.Screener.Meaning?.Prepare();
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Form = ClauseForm.ForEveryone(Circle);
        Notice = NoticeFor(notice);
        OfferNewRound = notice == "review";
        return await ShowAsync();
    }

    /// <summary>Adds a free-text clause.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        if (Form.Category is { Length: > 0 } category && content.Catalogue.FindCategory(category) is null)
        {
            Form.Category = null;
        }

        Form.Behaviour = null;
        FormError = Form.Problem(Circle, l);
        if (FormError is null && (await drafts.DraftAsync(Circle)).Clauses.Count >= AgreementRules.MaxClauses)
        {
            FormError = l["An agreement can have up to {0} clauses. Perhaps some could be combined?", AgreementRules.MaxClauses];
        }

        if (FormError is not null)
        {
            return await ShowAsync();
        }

        var input = Form.ToInput(Circle);
        var clauseId = await drafts.AddAsync(Circle, input);
        content.Screener.ScreenAhead(input);
        return Redirect($"{AgreementPath}?notice=added#clause-{clauseId}");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid clause, bool up)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        await drafts.MoveAsync(Circle, clause, up);
        return Redirect($"{AgreementPath}#clause-{clause}");
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid id, int revision)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        var (outcome, number) = await signing.ProposeAsync(Circle, revision);
        return outcome switch
        {
            ProposeOutcome.Proposed or ProposeOutcome.AlreadyProposed => Redirect($"{VersionPath(number!.Value)}?notice=proposed"),
            ProposeOutcome.Empty => Redirect($"{AgreementPath}?notice=empty"),
            ProposeOutcome.SameAsActive => Redirect($"{AgreementPath}?notice=same"),
            _ => Redirect($"{AgreementPath}?notice=moved"),
        };
    }

    public async Task<IActionResult> OnPostStartReviewAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        await drafts.StartReviewAsync(Circle);
        return Redirect($"{AgreementPath}?notice=review");
    }

    /// <summary>The clauses of the draft in groups: the catalogue's categories in order, then "Other".</summary>
    public IReadOnlyList<ClauseGroup<DraftClauseView>> Groups() =>
        ClauseGroups.Of(Draft.Clauses, c => c.Clause.CategoryId, content.Catalogue, l["Other"]);

    public ClauseDisplay Display(Clause clause, int? number = null) => new(clause, words.AppliesTo(clause, AgreementWords.NamesIn(Circle)), number);

    public string NameOf(Guid? membershipId) =>
        membershipId is { } m && Circle.Members.FirstOrDefault(x => x.MembershipId == m) is { } member
            ? (member.IsYou ? l["you"] : member.DisplayName)
            : l["someone"];

    private async Task<IActionResult> ShowAsync()
    {
        Versions = await versions.VersionsAsync(Circle); // settles proposals first
        Draft = await drafts.DraftAsync(Circle);
        NeedsControlNote = screenings.AnyFlagged(content.Screener, Draft.Document.Clauses);
        return Page();
    }

    private string? NoticeFor(string? notice) => notice switch
    {
        null => null,
        "added" => l["Clause added to the draft."],
        "empty" => l["There's nothing to propose yet: add a clause first."],
        "same" => l["The draft is the same as your active agreement, so there's nothing new to sign."],
        "moved" => l["The draft changed, or someone else proposed it, while you were looking. Here is the latest; propose again when you're ready."],
        "review" => l["Your draft now starts from the active agreement. Change what no longer fits, then propose it for signing."],
        "removed" => l["Clause removed from the draft."],
        "not-removed" => l["That clause isn't in this draft, so nothing was removed."],
        "saved" => l["Clause saved."],
        _ => (string?)null,
    };

    /// <summary>Today where the reader lives, for "time to review".</summary>
    public DateOnly Today => time.Today;

    /// <summary>Who a proposal is waiting for, as a sentence says it ("Sam and you").</summary>
    public string Waiting(VersionView proposed) =>
        people.People(Circle.Members.Where(m => proposed.Waiting.Contains(m.MembershipId)));
}
