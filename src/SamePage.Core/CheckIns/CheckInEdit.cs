namespace SamePage.Core.CheckIns;

public enum CheckInProblemKind
{
    /// <summary>A score for a question the check-in does not ask.</summary>
    UnknownItem,

    /// <summary>A score that is not a whole number from 0 to 6.</summary>
    ScoreOutOfRange,

    /// <summary>A feeling about a clause that is not in the active agreement (it may have just changed).</summary>
    UnknownClause,

    /// <summary>A feeling other than still fits / hard to keep / want to revisit.</summary>
    UnknownFeeling,

    AppreciationTooLong,
    TopicsTooLong,
}

/// <summary>One thing wrong with a posted check-in; <paramref name="Key"/> is the item or clause it is about, if any.</summary>
public sealed record CheckInProblem(CheckInProblemKind Kind, string? Key = null);

/// <summary>The two texts of a check-in, for saying which one changed elsewhere.</summary>
public enum CheckInTextField
{
    Appreciation,
    Topics,
}

/// <summary>
/// One save of the check-in form, read and checked. Only a form without problems is ever kept: anything
/// wrong is reported and nothing of that save is written, so the page can show everything as typed.
/// </summary>
public sealed record CheckInEdit(
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyDictionary<Guid, ClauseFeeling> Clauses,
    string Appreciation,
    string Topics,
    IReadOnlyList<CheckInProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>The <see cref="CheckInText.Stamp"/> of the appreciation the form started from; null when the form did not say.</summary>
    public string? AppreciationBase { get; init; }

    /// <summary>The <see cref="CheckInText.Stamp"/> of the topics the form started from; null when the form did not say.</summary>
    public string? TopicsBase { get; init; }

    /// <summary>
    /// The texts this save would overwrite although they changed since its form was opened (in another
    /// tab or on another device), and differ from what it posts. Such a save is not kept: the newer
    /// text wins until the person, having seen it, saves again.
    /// </summary>
    public IReadOnlyList<CheckInTextField> StaleTexts(CheckInAnswers current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var stale = new List<CheckInTextField>();
        if (IsStale(AppreciationBase, current.Appreciation, Appreciation))
        {
            stale.Add(CheckInTextField.Appreciation);
        }

        if (IsStale(TopicsBase, current.Topics, Topics))
        {
            stale.Add(CheckInTextField.Topics);
        }

        return stale;
    }

    private static bool IsStale(string? startedFrom, string saved, string posted) =>
        startedFrom is not null && !string.Equals(startedFrom, CheckInText.Stamp(saved), StringComparison.Ordinal) && !string.Equals(saved, posted, StringComparison.Ordinal);

    /// <summary>Reads the posted form. An empty value means "no choice made" and is skipped.</summary>
    /// <param name="askedClauses">The clauses this member is asked about: the active agreement's.</param>
    public static CheckInEdit Read(
        IReadOnlyDictionary<string, string?> scores,
        IReadOnlyDictionary<string, string?> clauses,
        string? appreciation,
        string? topics,
        IReadOnlySet<Guid> askedClauses,
        string? appreciationBase = null,
        string? topicsBase = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(askedClauses);
        var problems = new List<CheckInProblem>();
        var readScores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, posted) in scores.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!CheckInItems.IsItem(item))
            {
                problems.Add(new CheckInProblem(CheckInProblemKind.UnknownItem, item));
            }
            else if (string.IsNullOrWhiteSpace(posted))
            {
                continue;
            }
            else if (CheckInItems.TryParseScore(posted, out var score))
            {
                readScores[item] = score;
            }
            else
            {
                problems.Add(new CheckInProblem(CheckInProblemKind.ScoreOutOfRange, item));
            }
        }

        var readClauses = new Dictionary<Guid, ClauseFeeling>();
        foreach (var (key, posted) in clauses.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!Guid.TryParse(key, out var clauseId) || !askedClauses.Contains(clauseId))
            {
                problems.Add(new CheckInProblem(CheckInProblemKind.UnknownClause, key));
            }
            else if (string.IsNullOrWhiteSpace(posted))
            {
                continue;
            }
            else if (ClauseFeelings.TryParse(posted, out var feeling))
            {
                readClauses[clauseId] = feeling;
            }
            else
            {
                problems.Add(new CheckInProblem(CheckInProblemKind.UnknownFeeling, key));
            }
        }

        if (CheckInText.IsTooLong(appreciation))
        {
            problems.Add(new CheckInProblem(CheckInProblemKind.AppreciationTooLong));
        }

        if (CheckInText.IsTooLong(topics))
        {
            problems.Add(new CheckInProblem(CheckInProblemKind.TopicsTooLong));
        }

        return new CheckInEdit(readScores, readClauses, CheckInText.Normalize(appreciation), CheckInText.Normalize(topics), problems)
        {
            AppreciationBase = string.IsNullOrEmpty(appreciationBase) ? null : appreciationBase,
            TopicsBase = string.IsNullOrEmpty(topicsBase) ? null : topicsBase,
        };
    }

    /// <summary>
    /// The answers after this save: the scores and feelings chosen here replace earlier ones (a choice
    /// left untouched, as in a tab opened earlier, keeps what was saved), and the two texts are as posted.
    /// </summary>
    public CheckInAnswers ApplyTo(CheckInAnswers current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!IsValid)
        {
            throw new InvalidOperationException("A check-in with problems is never kept.");
        }

        var scores = new Dictionary<string, int>(current.Scores, StringComparer.Ordinal);
        foreach (var (item, score) in Scores)
        {
            scores[item] = score;
        }

        var feelings = new Dictionary<Guid, ClauseFeeling>(current.Clauses);
        foreach (var (clause, feeling) in Clauses)
        {
            feelings[clause] = feeling;
        }

        return new CheckInAnswers(scores, feelings, Appreciation, Topics);
    }
}
