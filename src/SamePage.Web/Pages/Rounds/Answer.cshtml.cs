using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Catalogue;
using SamePage.Core.Stances;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>The questionnaire: one page per category, saved as a private draft on every change or with Save.</summary>
public sealed class AnswerModel(CircleAccess circles, RoundDesk rounds, ContentLibrary content) : RoundPageModel(circles, rounds)
{
    [BindProperty]
    public Dictionary<string, string> Answers { get; set; } = [];

    public BehaviourCatalogue Catalogue => content.Catalogue;

    public Category Category { get; private set; } = null!;

    public int PageIndex { get; private set; }

    public AnswerSheet Sheet { get; private set; } = new();

    public bool HadUnreadableAnswer { get; private set; }

    public bool Saved { get; private set; }

    public bool NotSaved { get; private set; }

    public Category? Previous => PageIndex > 0 ? Catalogue.Categories[PageIndex - 1] : null;

    public Category? Next => PageIndex < Catalogue.Categories.Count - 1 ? Catalogue.Categories[PageIndex + 1] : null;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, string? category, bool saved = false)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (!State.CanEdit(Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        Sheet = await Rounds.SheetAsync(Round, Circle.Me.MembershipId);
        Saved = saved;
        return ShowCategory(category ?? ResumeCategory()) ? Page() : NotFound();
    }

    /// <summary>Save (no JavaScript): stores this page's answers, then goes where the button said.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, int number, string? category, string? go)
    {
        if (!await OpenAsync(id, number) || category is null || !ShowCategory(category))
        {
            return NotFound();
        }

        var (outcome, sheet) = await Rounds.SaveAsync(Round, Circle.Me.MembershipId, ReadAnswers(), Category.Id);
        if (outcome == SaveOutcome.Busy)
        {
            // Show the page again with what was chosen, so nothing is lost; Save tries again.
            Sheet = sheet;
            NotSaved = true;
            return Page();
        }

        if (outcome != SaveOutcome.Saved)
        {
            return ToComparisonOrReview();
        }

        if (HadUnreadableAnswer)
        {
            Sheet = sheet;
            return Page();
        }

        var target = go switch
        {
            "next" when Next is not null => $"{RoundPath}/answer/{Next.Id}",
            "previous" when Previous is not null => $"{RoundPath}/answer/{Previous.Id}",
            "review" => $"{RoundPath}/review",
            _ when go is not null && Catalogue.FindCategory(go) is not null => $"{RoundPath}/answer/{go}",
            _ => $"{RoundPath}/answer/{Category.Id}?saved=true",
        };
        return Redirect(target);
    }

    /// <summary>Autosave (JavaScript): the same save, answered with the new progress.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, int number, string? category)
    {
        if (!await OpenAsync(id, number) || category is null || !ShowCategory(category))
        {
            return NotFound();
        }

        var (outcome, sheet) = await Rounds.SaveAsync(Round, Circle.Me.MembershipId, ReadAnswers(), Category.Id);
        if (outcome != SaveOutcome.Saved)
        {
            // Submitted, revealed, or too many saves at once: the page's Save button remains.
            return StatusCode(StatusCodes.Status409Conflict, new { saved = false });
        }

        return new JsonResult(new { saved = !HadUnreadableAnswer, answered = sheet.AnsweredIn(Catalogue), total = Catalogue.Behaviours.Count });
    }

    public Stance? Current(string behaviourId)
    {
        if (Answers.TryGetValue(behaviourId, out var posted) && StanceScale.TryParse(posted, out var stance))
        {
            return stance;
        }

        return Sheet.Answers.TryGetValue(behaviourId, out var saved) ? saved : null;
    }

    private string ResumeCategory() =>
        Sheet.LastCategory is { } last && Catalogue.FindCategory(last) is not null
            ? last
            : Catalogue.Categories.FirstOrDefault(c => Catalogue.InCategory(c.Id).Any(b => !Sheet.Answers.ContainsKey(b.Id)))?.Id
              ?? Catalogue.Categories[0].Id;

    private bool ShowCategory(string categoryId)
    {
        var category = Catalogue.FindCategory(categoryId);
        if (category is null)
        {
            return false;
        }

        Category = category;
        PageIndex = Catalogue.PageOf(category.Id);
        return true;
    }

    /// <summary>The posted answers for this page's behaviours; anything unreadable is set aside, not guessed.</summary>
    private Dictionary<string, Stance> ReadAnswers()
    {
        var read = new Dictionary<string, Stance>(StringComparer.Ordinal);
        foreach (var behaviour in Catalogue.InCategory(Category.Id))
        {
            if (!Answers.TryGetValue(behaviour.Id, out var posted) || string.IsNullOrEmpty(posted))
            {
                continue;
            }

            if (StanceScale.TryParse(posted, out var stance))
            {
                read[behaviour.Id] = stance;
            }
            else
            {
                HadUnreadableAnswer = true;
            }
        }

        return read;
    }
}
