using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Catalogue;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Circles;

/// <summary>The circle's own behaviours: add one (sealed) for everyone to answer, or take back one nobody has answered yet.</summary>
public sealed class BehavioursModel(CircleAccess circles, CircleCatalogue catalogue, ContentLibrary content, IStringLocalizer<SharedResource> l)
    : CirclePageModel(circles)
{
    [BindProperty]
    public string? Label { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Clarification { get; set; }

    public IReadOnlyList<Category> Categories => content.Catalogue.Categories;

    public IReadOnlyList<CustomBehaviourView> Added { get; private set; } = [];

    public string? LabelError { get; private set; }

    public string? CategoryError { get; private set; }

    public string? ClarificationError { get; private set; }

    /// <summary>The circle or the round has no room for another behaviour: nothing is wrong with what was typed.</summary>
    public string? RoomError { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The wording just added reads as controlling (Core's screener): a private note, never a block.</summary>
    public bool ControlNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? added, bool removed = false, bool check = false)
    {
        content.Screener.Meaning?.Prepare();
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Added = await catalogue.ListAsync(Circle);
        ControlNote = check;
        Notice = added is { } round
            ? l["Added. Everyone in the circle will be asked about it in round {0}.", round].Value
            : removed ? l["Removed. Nobody will be asked about it."].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        LabelError = CustomBehaviours.CheckLabel(Label) switch
        {
            CustomTextProblem.None => (string?)null,
            CustomTextProblem.Empty => l["Please describe the behaviour in a few words."],
            CustomTextProblem.TooLong => l["Please keep the behaviour to {0} characters or fewer; it has {1} now. You can say more in the clarification.", CustomBehaviours.MaxLabelLength, Length(Label)],
            _ => l["That text contains an invisible or control character. Please type it again using ordinary letters, digits or symbols."],
        };
        ClarificationError = CustomBehaviours.CheckClarification(Clarification) switch
        {
            CustomTextProblem.None => (string?)null,
            CustomTextProblem.TooLong => l["Please keep the clarification to {0} characters or fewer; it has {1} now.", CustomBehaviours.MaxClarificationLength, Length(Clarification)],
            _ => l["That text contains an invisible or control character. Please type it again using ordinary letters, digits or symbols."],
        };
        CategoryError = Category is not null && content.Catalogue.FindCategory(Category) is not null
            ? null
            : l["Please choose the group it belongs to."].Value;

        if (LabelError is not null || ClarificationError is not null || CategoryError is not null)
        {
            Added = await catalogue.ListAsync(Circle);
            return Page();
        }

        var text = new CustomBehaviourText(CustomBehaviours.Normalize(Label), Category!, CustomBehaviours.Normalize(Clarification));
        var (round, room) = await catalogue.AddAsync(Circle, text);
        if (room != CustomBehaviourRoom.Room)
        {
            // Nothing typed is lost: the form comes back as it was, with the reason.
            RoomError = room == CustomBehaviourRoom.CircleFull
                ? l["Your circle has added {0} behaviours of its own, the most a circle can have, so that every round stays answerable. You can take back one that nobody has answered yet, or keep this idea for a conversation.", CustomBehaviours.MaxPerCircle]
                : l["Round {0} already asks {1} behaviours your circle added, the most one round can take, so nobody faces an endless questionnaire. Your words are still here: add it again once this round is revealed, and it will join the next one.", round, CustomBehaviours.MaxPerRound];
            Added = await catalogue.ListAsync(Circle);
            return Page();
        }

        var check = content.Screener.ScreenNow(text.Label).Flagged || content.Screener.ScreenNow(text.Clarification).Flagged;
        return Redirect($"{CirclePath}/behaviours?added={round}{(check ? "&check=true" : string.Empty)}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid behaviour)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        if (!await catalogue.RemoveAsync(Circle, behaviour))
        {
            Added = await catalogue.ListAsync(Circle);
            Notice = l["That behaviour can't be removed any more: someone has already submitted answers that include it."];
            return Page();
        }

        return Redirect($"{CirclePath}/behaviours?removed=true");
    }

    public string CategoryTitle(string categoryId) => content.Catalogue.FindCategory(categoryId)?.Title ?? categoryId;

    private static int Length(string? text) => CustomBehaviours.Normalize(text).EnumerateRunes().Count();
}
