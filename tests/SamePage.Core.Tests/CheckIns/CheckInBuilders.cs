using SamePage.Core.CheckIns;

namespace SamePage.Core.Tests.CheckIns;

/// <summary>Small ways to write check-in answers in tests.</summary>
internal static class CheckInBuilders
{
    public static readonly Guid Ash = new("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid Bay = new("00000000-0000-0000-0000-00000000000b");
    public static readonly Guid Cy = new("00000000-0000-0000-0000-00000000000c");

    public static readonly Guid ClauseOne = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid ClauseTwo = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid ClauseThree = new("10000000-0000-0000-0000-000000000003");

    /// <summary>Every item at the same score, with any item set otherwise.</summary>
    public static CheckInAnswers Scores(int all, params (string Item, int Score)[] except)
    {
        var scores = CheckInItems.All.ToDictionary(i => i, _ => all, StringComparer.Ordinal);
        foreach (var (item, score) in except)
        {
            scores[item] = score;
        }

        return new CheckInAnswers(scores, new Dictionary<Guid, ClauseFeeling>(), string.Empty, string.Empty);
    }

    public static CheckInAnswers With(this CheckInAnswers answers, Guid clause, ClauseFeeling feeling) =>
        answers with { Clauses = new Dictionary<Guid, ClauseFeeling>(answers.Clauses) { [clause] = feeling } };

    public static CheckInRecord Record(int number, params (Guid Member, CheckInAnswers Answers)[] answers) =>
        new(number, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(30 * number), answers.ToDictionary(a => a.Member, a => a.Answers));
}
