using SamePage.Core.Comparisons;
using SamePage.Web.Circles;

namespace SamePage.Web.Rounds;

/// <summary>A revealed round as one participant looks at it: everyone who took part, and the pair on screen.</summary>
public sealed record PairView(
    RevealedRound Revealed,
    RoundComparison Comparison,
    IReadOnlyList<MemberView> Participants,
    MemberView First,
    MemberView Second,
    PairComparison Pair)
{
    /// <summary>
    /// The pair asked for, if both took part and are two different people; otherwise the viewer and the
    /// next participant. Null when fewer than two of those who took part are still in the circle.
    /// </summary>
    public static PairView? Open(CircleView circle, RevealedRound revealed, Guid? first, Guid? second)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(revealed);
        var comparison = new RoundComparison(revealed.Catalogue, revealed.Answers);
        var participants = circle.Members.Where(m => comparison.Members.Contains(m.MembershipId)).ToList();
        if (participants.Count < 2)
        {
            return null;
        }

        var a = participants.FirstOrDefault(m => m.MembershipId == first);
        var b = participants.FirstOrDefault(m => m.MembershipId == second);
        if (a is null || b is null || a == b)
        {
            a = circle.Me;
            b = participants.First(m => !m.IsYou);
        }

        return new PairView(revealed, comparison, participants, a, b, comparison.Compare(a.MembershipId, b.MembershipId));
    }

    /// <summary>The pair in a query string, when it is not the default one (for circles of three or more).</summary>
    public string Query => Participants.Count < 3 ? string.Empty : $"first={First.MembershipId}&second={Second.MembershipId}";

    /// <summary>Talk mode for this pair: at one behaviour, or where they left off; with anything else the query needs.</summary>
    public string TalkPath(string roundPath, string? at = null, string? extra = null)
    {
        var query = new List<string>();
        if (Query.Length > 0)
        {
            query.Add(Query);
        }

        if (at is not null)
        {
            query.Add($"at={Uri.EscapeDataString(at)}");
        }

        if (extra is not null)
        {
            query.Add(extra);
        }

        return query.Count == 0 ? $"{roundPath}/talk" : $"{roundPath}/talk?{string.Join('&', query)}";
    }
}
