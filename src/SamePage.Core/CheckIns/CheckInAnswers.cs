namespace SamePage.Core.CheckIns;

/// <summary>
/// One member's answers to one check-in: a score per item, a feeling per clause of the active agreement
/// (clauses without an answer are simply not flagged), one appreciation and the topics they would like
/// to talk about. Texts are kept as <see cref="CheckInText.Normalize"/> leaves them.
/// </summary>
public sealed record CheckInAnswers(
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyDictionary<Guid, ClauseFeeling> Clauses,
    string Appreciation,
    string Topics)
{
    public static CheckInAnswers Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<Guid, ClauseFeeling>(), string.Empty, string.Empty);

    /// <summary>A check-in can be submitted once every item has a score; the rest is optional.</summary>
    public bool HasAllScores => CheckInItems.All.All(Scores.ContainsKey);

    public int? Score(string item) => Scores.TryGetValue(item, out var score) ? score : null;

    public ClauseFeeling? Feeling(Guid clauseId) => Clauses.TryGetValue(clauseId, out var feeling) ? feeling : null;

    public IReadOnlyList<string> TopicList => CheckInText.Topics(Topics);
}
