using Microsoft.AspNetCore.Mvc;
using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.CheckIns;

public enum CheckInNotice
{
    None,
    Saved,
    Submitted,
    AlreadySubmitted,
    Incomplete,
}

public enum CheckInMode
{
    /// <summary>The member's own answers, open to change until they submit.</summary>
    Answering,

    /// <summary>Submitted; waiting for the others. Only the member's own answers are shown.</summary>
    Waiting,

    /// <summary>Revealed: everyone's answers, the clauses flagged, the agenda.</summary>
    Results,

    /// <summary>Revealed before this member joined: its answers stay with those who took part.</summary>
    NotTakenPart,
}

/// <summary>
/// One check-in: answering it (five scores, how each clause feels, an appreciation, topics; Save or
/// Submit), waiting for the others, and, once everyone has submitted, the results and the agenda.
/// </summary>
public sealed class CheckInModel(CircleAccess circles, CheckInDesk checkIns, CheckInResults results) : CirclePageModel(circles)
{
    // The names are given so that a form without any score or feeling binds nothing, instead of the
    // binder falling back to the whole form (every field would then look like an unknown answer).
    [BindProperty(Name = nameof(Scores))]
    public Dictionary<string, string?> Scores { get; set; } = [];

    /// <summary>How each clause feels, keyed by clause id.</summary>
    [BindProperty(Name = nameof(Feelings))]
    public Dictionary<string, string?> Feelings { get; set; } = [];

    [BindProperty]
    public string? Appreciation { get; set; }

    [BindProperty]
    public string? Topics { get; set; }

    /// <summary>The stamp of the appreciation this form started from (<see cref="CheckInText.Stamp"/>).</summary>
    [BindProperty]
    public string? AppreciationBase { get; set; }

    [BindProperty]
    public string? TopicsBase { get; set; }

    public CheckIn CheckIn { get; private set; } = null!;

    public RoundState State { get; private set; } = null!;

    public CheckInMode Mode { get; private set; }

    /// <summary>The member's own saved answers.</summary>
    public CheckInAnswers Answers { get; private set; } = CheckInAnswers.Empty;

    public CheckInClauses Clauses { get; private set; } = CheckInClauses.None;

    public RevealedCheckIn? Revealed { get; private set; }

    public IReadOnlyList<CheckInProblem> Problems { get; private set; } = [];

    public CheckInNotice Notice { get; private set; }

    /// <summary>Several saves raced and this one was not kept; the form shows what was posted.</summary>
    public bool NotSaved { get; private set; }

    /// <summary>The form shows what was posted (it was not kept) rather than what is saved.</summary>
    public bool ShowPosted { get; private set; }

    /// <summary>Texts changed in another tab since this form was opened: the post was not kept, and the newer text is shown beside it.</summary>
    public IReadOnlyList<CheckInTextField> StaleTexts { get; private set; } = [];

    public string CheckInsPath => $"{CirclePath}/check-ins";

    public string CheckInPath => $"{CheckInsPath}/{CheckIn.Number}";

    public IReadOnlyList<string> MissingScores => [.. CheckInItems.All.Where(i => Answers.Score(i) is null)];

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CheckInNotice notice = CheckInNotice.None)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        Notice = notice;
        await LoadAsync();
        return Page();
    }

    /// <summary>Save (go=save) or save and submit (go=submit). A form with any problem is shown again as typed, and nothing is kept.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, int number, string? go)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (State.Phase == RoundPhase.Revealed)
        {
            return Redirect(CheckInPath);
        }

        if (State.HasSubmitted(Circle.Me.MembershipId))
        {
            // Submitting (or saving) again changes nothing.
            return Redirect($"{CheckInPath}?notice={CheckInNotice.AlreadySubmitted}");
        }

        Clauses = await checkIns.ClausesAsync(Circle);
        var edit = CheckInEdit.Read(Scores, Feelings, Appreciation, Topics, Clauses.AskedIds, AppreciationBase, TopicsBase);
        if (!edit.IsValid)
        {
            Problems = edit.Problems;
            ShowPosted = true;
            Mode = CheckInMode.Answering;
            Answers = await checkIns.AnswersAsync(Circle, CheckIn);
            return Page();
        }

        var (saved, answers) = await checkIns.SaveAsync(Circle, CheckIn, edit);
        switch (saved)
        {
            case CheckInSave.Busy:
                NotSaved = true;
                ShowPosted = true;
                Mode = CheckInMode.Answering;
                Answers = answers;
                return Page();
            case CheckInSave.Stale:
                // The form now starts from the newer text, so saving again, having seen it, keeps this one.
                StaleTexts = edit.StaleTexts(answers);
                ShowPosted = true;
                Mode = CheckInMode.Answering;
                Answers = answers;
                return Page();
            case CheckInSave.AlreadySubmitted:
                return Redirect($"{CheckInPath}?notice={CheckInNotice.AlreadySubmitted}");
            case CheckInSave.Revealed:
                return Redirect(CheckInPath);
        }

        if (go != "submit")
        {
            return Redirect($"{CheckInPath}?notice={CheckInNotice.Saved}");
        }

        var submitted = await checkIns.SubmitAsync(Circle, CheckIn);
        return submitted switch
        {
            CheckInSubmit.Submitted => Redirect(CheckIn.Revealed ? $"{CheckInPath}#results" : $"{CheckInPath}?notice={CheckInNotice.Submitted}"),
            CheckInSubmit.Incomplete => Redirect($"{CheckInPath}?notice={CheckInNotice.Incomplete}"),
            CheckInSubmit.AlreadySubmitted => Redirect($"{CheckInPath}?notice={CheckInNotice.AlreadySubmitted}"),
            _ => Redirect(CheckInPath),
        };
    }

    /// <summary>
    /// Autosave (JavaScript, check-in-autosave.js): the two texts only, with the stamps they started
    /// from. Answers with the new stamps; 409 when a text changed in another tab (nothing is written) or
    /// the check-in can no longer change; 400 when a text is too long. The Save button does the same without JavaScript.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveTextsAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        var edit = CheckInEdit.Read(new Dictionary<string, string?>(), new Dictionary<string, string?>(), Appreciation, Topics, new HashSet<Guid>(), AppreciationBase, TopicsBase);
        if (!edit.IsValid)
        {
            return BadRequest(new { saved = false, tooLong = true });
        }

        if (!State.CanEdit(Circle.Me.MembershipId))
        {
            return StatusCode(StatusCodes.Status409Conflict, new { saved = false });
        }

        var (saved, answers) = await checkIns.SaveAsync(Circle, CheckIn, edit);
        return saved switch
        {
            CheckInSave.Saved => new JsonResult(new { saved = true, appreciationBase = CheckInText.Stamp(answers.Appreciation), topicsBase = CheckInText.Stamp(answers.Topics) }),
            CheckInSave.Stale => StatusCode(StatusCodes.Status409Conflict, new { saved = false, stale = true }),
            _ => StatusCode(StatusCodes.Status409Conflict, new { saved = false }),
        };
    }

    /// <summary>The stamps the form carries: of the texts as saved (which, after a refused save, are the newer ones).</summary>
    public string AppreciationStamp => CheckInText.Stamp(Answers.Appreciation);

    public string TopicsStamp => CheckInText.Stamp(Answers.Topics);

    public CheckInProblem? ProblemWith(CheckInProblemKind kind, string? key = null) =>
        Problems.FirstOrDefault(p => p.Kind == kind && (key is null || p.Key == key));

    /// <summary>The score the form shows as chosen: as posted when the post was not kept, otherwise as saved.</summary>
    public int? ScoreShown(string item)
    {
        if (ShowPosted && Scores.TryGetValue(item, out var posted) && !string.IsNullOrWhiteSpace(posted))
        {
            return CheckInItems.TryParseScore(posted, out var score) ? score : null;
        }

        return Answers.Score(item);
    }

    public ClauseFeeling? FeelingShown(Guid clauseId)
    {
        if (ShowPosted && Feelings.TryGetValue(clauseId.ToString(), out var posted) && !string.IsNullOrWhiteSpace(posted))
        {
            return ClauseFeelings.TryParse(posted, out var feeling) ? feeling : null;
        }

        return Answers.Feeling(clauseId);
    }

    public string AppreciationShown => ShowPosted ? Appreciation ?? string.Empty : Answers.Appreciation;

    public string TopicsShown => ShowPosted ? Topics ?? string.Empty : Answers.Topics;

    /// <summary>The posted value of a score that could not be read, to say what was wrong with it.</summary>
    public string? PostedScore(string item) => Scores.GetValueOrDefault(item);

    private async Task<bool> OpenAsync(Guid circleId, int number)
    {
        if (!await OpenCircleAsync(circleId) || await checkIns.OpenAsync(Circle, number) is not { } found)
        {
            return false;
        }

        (CheckIn, State) = found;
        return true;
    }

    private async Task LoadAsync()
    {
        var me = Circle.Me.MembershipId;
        Clauses = await checkIns.ClausesAsync(Circle);
        if (State.Phase == RoundPhase.Revealed)
        {
            Revealed = await results.RevealedAsync(Circle, CheckIn, State, Clauses);
            Mode = Revealed is null ? CheckInMode.NotTakenPart : CheckInMode.Results;
            return;
        }

        Answers = await checkIns.AnswersAsync(Circle, CheckIn);
        Mode = State.CanEdit(me) ? CheckInMode.Answering : CheckInMode.Waiting;
    }
}
