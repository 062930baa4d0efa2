using SamePage.Core.Catalogue;
using SamePage.Core.Stances;
using SamePage.Core.Styles;

namespace SamePage.Core.Rounds;

/// <summary>What one save of a draft changes: answers, guesses (null clears one), "How I connect" steps (null takes one back) and the page it came from.</summary>
public sealed record DraftChanges(
    IReadOnlyDictionary<string, Stance> Answers,
    IReadOnlyDictionary<(string BehaviourId, Guid Member), Stance?> Guesses,
    string? Category,
    IReadOnlyDictionary<string, int?>? Styles = null)
{
    public static DraftChanges OnlyAnswers(IReadOnlyDictionary<string, Stance> answers, string? category = null) =>
        new(answers, new Dictionary<(string, Guid), Stance?>(), category);
}

/// <summary>
/// One member's draft in a round: their answers, their optional guesses about the other members, their
/// optional "How I connect" steps, and where they were. The rules of what a save may change live here,
/// so every page that saves a draft follows the same ones.
/// </summary>
public sealed class AnswerSheet
{
    /// <summary>The page name a draft remembers for "How I connect", beside the category ids.</summary>
    public const string StylePage = "how-i-connect";

    public Dictionary<string, Stance> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Optional predictions: behaviour id → the member guessed about (membership id) → the stance guessed.</summary>
    public Dictionary<string, Dictionary<Guid, Stance>> Guesses { get; init; } = new(StringComparer.Ordinal);

    /// <summary>"How I connect", optional: style item id → step (0 to <see cref="StyleBook.MaxStep"/>).</summary>
    public Dictionary<string, int> Styles { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The category page last saved (or <see cref="StylePage"/>), so coming back resumes there.</summary>
    public string? LastCategory { get; set; }

    /// <summary>The earlier round whose answers this draft started from, if any.</summary>
    public int? CarriedFromRound { get; set; }

    public int AnsweredIn(BehaviourCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Behaviours.Count(b => Answers.ContainsKey(b.Id));
    }

    /// <summary>Complete when every behaviour the round asks has an answer; guesses and "How I connect" are optional.</summary>
    public bool IsComplete(BehaviourCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Behaviours.All(b => Answers.ContainsKey(b.Id));
    }

    public Stance? GuessFor(string behaviourId, Guid member) =>
        Guesses.TryGetValue(behaviourId, out var byMember) && byMember.TryGetValue(member, out var stance) ? stance : null;

    /// <summary>Every guess as the comparisons read them: behaviour id → member → stance.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>> GuessesView() =>
        Guesses.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<Guid, Stance>)kv.Value, StringComparer.Ordinal);

    /// <summary>
    /// Merges one save into the draft: answers only for behaviours the round asks; guesses only about the
    /// other current members of the round, never about oneself; "How I connect" only for items the book
    /// has and steps on its scale (null takes an answer back); the page only if the round has it. Anything
    /// else in the save is ignored, and what the save does not mention stays as it was (two tabs merge).
    /// </summary>
    public void Merge(DraftChanges changes, BehaviourCatalogue catalogue, StyleBook styles, Guid me, IReadOnlySet<Guid> members)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentNullException.ThrowIfNull(members);
        foreach (var (behaviourId, stance) in changes.Answers)
        {
            if (catalogue.Find(behaviourId) is not null)
            {
                Answers[behaviourId] = stance;
            }
        }

        foreach (var ((behaviourId, member), stance) in changes.Guesses)
        {
            if (catalogue.Find(behaviourId) is not null && member != me && members.Contains(member))
            {
                SetGuess(behaviourId, member, stance);
            }
        }

        foreach (var (itemId, step) in changes.Styles ?? new Dictionary<string, int?>())
        {
            if (styles.Find(itemId) is null)
            {
                continue;
            }

            if (step is { } value && StyleBook.IsStep(value))
            {
                Styles[itemId] = value;
            }
            else if (step is null)
            {
                Styles.Remove(itemId);
            }
        }

        if (changes.Category is { } category && (catalogue.FindCategory(category) is not null || category == StylePage))
        {
            LastCategory = category;
        }
    }

    /// <summary>
    /// The draft a member starts a revisit with: their answers and "How I connect" steps from the last
    /// round they submitted, for what this round still asks. Guesses and the page are not carried over.
    /// </summary>
    public static AnswerSheet CarriedFrom(AnswerSheet earlier, int fromRound, BehaviourCatalogue catalogue, StyleBook styles)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(styles);
        var sheet = new AnswerSheet { CarriedFromRound = fromRound };
        foreach (var (behaviourId, stance) in earlier.Answers.Where(a => catalogue.Find(a.Key) is not null))
        {
            sheet.Answers[behaviourId] = stance;
        }

        foreach (var (itemId, step) in earlier.Styles.Where(s => styles.Find(s.Key) is not null))
        {
            sheet.Styles[itemId] = step;
        }

        return sheet;
    }

    private void SetGuess(string behaviourId, Guid member, Stance? stance)
    {
        if (stance is { } value)
        {
            if (!Guesses.TryGetValue(behaviourId, out var byMember))
            {
                Guesses[behaviourId] = byMember = [];
            }

            byMember[member] = value;
        }
        else if (Guesses.TryGetValue(behaviourId, out var byMember) && byMember.Remove(member) && byMember.Count == 0)
        {
            Guesses.Remove(behaviourId);
        }
    }
}
