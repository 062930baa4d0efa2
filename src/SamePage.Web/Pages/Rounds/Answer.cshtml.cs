using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Catalogue;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>The questionnaire: one page per category, saved as a private draft on every change or with Save.</summary>
public sealed class AnswerModel(CircleAccess circles, RoundDesk rounds, DraftDesk drafts, RoundWords words, ContentLibrary content) : RoundPageModel(circles, rounds)
{
    [BindProperty]
    public Dictionary<string, string> Answers { get; set; } = [];

    /// <summary>Optional predictions, keyed by <see cref="GuessKey"/>; an empty value means "no guess".</summary>
    [BindProperty]
    public Dictionary<string, string> Guesses { get; set; } = [];

    /// <summary>The other members, whose answers one may guess.</summary>
    public IReadOnlyList<MemberView> Partners => [.. Circle.Members.Where(m => !m.IsYou)];

    public Category Category { get; private set; } = null!;

    public int PageIndex { get; private set; }

    public bool Saved { get; private set; }

    public Category? Previous => PageIndex > 0 ? Catalogue.Categories[PageIndex - 1] : null;

    public Category? Next => PageIndex < Catalogue.Categories.Count - 1 ? Catalogue.Categories[PageIndex + 1] : null;

    /// <summary>Whether the optional "How I connect" page follows the last category.</summary>
    public bool HasStylePage => content.Styles.Items.Count > 0;

    public string StylePath => $"{RoundPath}/answer/{RoundDesk.StylePage}";

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

        Sheet = await Rounds.SheetAsync(Circle, Round, Circle.Me.MembershipId);
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

        return await SaveAsync(drafts, ReadChanges(), () => go switch
        {
            "next" when Next is not null => $"{RoundPath}/answer/{Next.Id}",
            "previous" when Previous is not null => $"{RoundPath}/answer/{Previous.Id}",
            "review" => $"{RoundPath}/review",
            "connect" when HasStylePage => StylePath,
            _ when go is not null && Catalogue.FindCategory(go) is not null => $"{RoundPath}/answer/{go}",
            _ => $"{RoundPath}/answer/{Category.Id}?saved=true",
        });
    }

    /// <summary>Autosave (JavaScript): the same save, answered with the new progress and its line ("23 of 63 · about 9 minutes left").</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, int number, string? category)
    {
        if (!await OpenAsync(id, number) || category is null || !ShowCategory(category))
        {
            return NotFound();
        }

        return await AutosaveAsync(drafts, ReadChanges(), words);
    }

    public Stance? Current(string behaviourId)
    {
        if (Answers.TryGetValue(behaviourId, out var posted) && StanceScale.TryParse(posted, out var stance))
        {
            return stance;
        }

        return Sheet.Answers.TryGetValue(behaviourId, out var saved) ? saved : null;
    }

    public Stance? CurrentGuess(string behaviourId, MemberView partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (Guesses.TryGetValue(GuessKey(behaviourId, partner), out var posted))
        {
            return StanceScale.TryParse(posted, out var stance) ? stance : null;
        }

        return Sheet.GuessFor(behaviourId, partner.MembershipId);
    }

    /// <summary>The form key of a guess: the behaviour and the partner's seat (ids of people stay out of forms).</summary>
    public static string GuessKey(string behaviourId, MemberView partner) => $"{behaviourId}~{partner?.Seat}";

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

    /// <summary>The posted answers and guesses for this page's behaviours; anything unreadable is set aside, not guessed.</summary>
    private DraftChanges ReadChanges()
    {
        var answers = new Dictionary<string, Stance>(StringComparer.Ordinal);
        var guesses = new Dictionary<(string, Guid), Stance?>();
        foreach (var behaviour in Catalogue.InCategory(Category.Id))
        {
            if (Answers.TryGetValue(behaviour.Id, out var posted) && !string.IsNullOrEmpty(posted))
            {
                if (StanceScale.TryParse(posted, out var stance))
                {
                    answers[behaviour.Id] = stance;
                }
                else
                {
                    HadUnreadableAnswer = true;
                }
            }

            foreach (var partner in Partners)
            {
                if (!Guesses.TryGetValue(GuessKey(behaviour.Id, partner), out var guess))
                {
                    continue;
                }

                if (string.IsNullOrEmpty(guess))
                {
                    guesses[(behaviour.Id, partner.MembershipId)] = null;
                }
                else if (StanceScale.TryParse(guess, out var stance))
                {
                    guesses[(behaviour.Id, partner.MembershipId)] = stance;
                }
                else
                {
                    HadUnreadableAnswer = true;
                }
            }
        }

        return new DraftChanges(answers, guesses, Category.Id);
    }
}
