using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Reflections;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>
/// The signed-in member's private journal for a round: three reflection prompts, saved while typing
/// (JavaScript) and with Save;
/// after the reveal, a choice per answer to share it with the others who took part. The address names
/// no member: this page only ever shows your own journal.
/// </summary>
public sealed class JournalModel(CircleAccess circles, RoundDesk rounds, ReflectionDesk reflections) : RoundPageModel(circles, rounds)
{
    [BindProperty]
    public Dictionary<string, string?> Answers { get; set; } = [];

    /// <summary>The fingerprint of each answer as the form showed it, so a stale tab never overwrites a newer answer.</summary>
    [BindProperty]
    public Dictionary<string, string?> Bases { get; set; } = [];

    [BindProperty]
    public List<string> Share { get; set; } = [];

    /// <summary>True when the posted form showed the sharing choices (so an empty <see cref="Share"/> means "share nothing").</summary>
    [BindProperty]
    public bool SharingOffered { get; set; }

    public IReadOnlyList<string> Prompts => ReflectionPrompts.All;

    public Journal Journal { get; private set; } = new();

    public IReadOnlyDictionary<string, PromptProblem> Problems { get; private set; } = new Dictionary<string, PromptProblem>();

    public bool Saved { get; private set; }

    public bool SharingRefused { get; private set; }

    public bool CanShare => ReflectionDesk.CanShare(State, Circle.Me.MembershipId);

    /// <summary>Who can read a shared answer: the others who took part in the round and are still here.</summary>
    public IReadOnlyList<MemberView> Audience =>
        [.. Circle.Members.Where(m => !m.IsYou && State.Members.Contains(m.MembershipId))];

    public async Task<IActionResult> OnGetAsync(Guid id, int number, bool saved = false)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (!State.Members.Contains(Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        Journal = await reflections.OwnAsync(Circle, Round);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        var edit = new JournalEdit(Answers, Bases, SharingOffered ? Share.ToHashSet(StringComparer.Ordinal) : null);
        var result = await reflections.SaveAsync(Circle, Round, edit);
        State = await Rounds.StateAsync(Round);
        switch (result.Outcome)
        {
            case JournalSaveOutcome.NotInRound:
                return ToComparisonOrReview();
            case JournalSaveOutcome.Busy:
                // Shown again exactly as posted, fingerprints included, so nothing is lost; Save tries again.
                Journal = result.Journal;
                NotSaved = true;
                return Page();
        }

        if (result.Problems.Count == 0 && !result.SharingRefused)
        {
            return Redirect($"{RoundPath}/journal?saved=true");
        }

        Journal = result.Journal;
        Problems = result.Problems;
        SharingRefused = result.SharingRefused;
        return Page();
    }

    /// <summary>
    /// Autosave (JavaScript, while typing): the same save of the texts, never of the sharing choices
    /// (those change with Save only). It answers with the new fingerprint of each text it now holds as
    /// posted, for the form to carry on; a text changed meanwhile elsewhere keeps its old fingerprint,
    /// so a stale tab can never overwrite newer writing, and is reported for Save to show both.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        var result = await reflections.SaveAsync(Circle, Round, new JournalEdit(Answers, Bases, Share: null));
        if (result.Outcome != JournalSaveOutcome.Saved)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { saved = false });
        }

        var kept = Prompts.Where(p => Answers.TryGetValue(p, out var posted) && result.Journal.Text(p) == ReflectionText.Normalize(posted));
        return new JsonResult(new
        {
            saved = result.Problems.Count == 0,
            fields = kept.ToDictionary(p => $"Bases[{p}]", p => Journal.Fingerprint(result.Journal.Text(p))),
            problem = result.Problems.Values.Contains(PromptProblem.ChangedElsewhere) ? "conflict" : result.Problems.Count > 0 ? "too-long" : null,
        });
    }

    public PromptProblem ProblemWith(string prompt) => Problems.GetValueOrDefault(prompt);

    /// <summary>What the text box holds: what was typed if it was not kept, otherwise the saved answer.</summary>
    public string TextFor(string prompt) =>
        (NotSaved || ProblemWith(prompt) != PromptProblem.None) && Answers.TryGetValue(prompt, out var posted)
            ? posted ?? string.Empty
            : Journal.Text(prompt);

    /// <summary>
    /// The fingerprint the form carries: of the saved answer (after a conflict too, so the next Save keeps
    /// what the member combined, having seen both); as posted after a save that did not go through.
    /// </summary>
    public string BaseFor(string prompt) =>
        NotSaved && Bases.TryGetValue(prompt, out var posted) && posted is not null
            ? posted
            : Journal.Fingerprint(Journal.Text(prompt));

    public bool ShareTicked(string prompt) =>
        ProblemWith(prompt) != PromptProblem.None || NotSaved
            ? Share.Contains(prompt, StringComparer.Ordinal)
            : Journal.IsShared(prompt);

    public int LengthOf(string prompt) => ReflectionText.Length(TextFor(prompt));
}
