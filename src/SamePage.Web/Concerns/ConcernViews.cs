using SamePage.Core.Concerns;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Concerns;

/// <summary>A reply, in its writer's own words; <paramref name="MembershipId"/> is null once they left the circle.</summary>
public sealed record ConcernReply(Guid Id, Guid? MembershipId, string Text, DateTime AtUtc);

/// <summary>
/// A concern as one of the people involved sees it. <see cref="Document"/> is the author's draft while
/// it is one (only the author ever gets this view of a draft), and the shared copy after.
/// </summary>
public sealed record ConcernView(
    Guid Id,
    ConcernCase Case,
    ConcernDocument Document,
    int Version,
    DateOnly CreatedOn,
    DateTime? SharedAtUtc,
    IReadOnlyList<ConcernReply> Replies,
    OutcomeDocument? Outcome)
{
    public Guid Author => Case.Author;

    public ConcernStage Stage => Case.Stage;
}

/// <summary>A line of the concerns list.</summary>
public sealed record ConcernSummary(
    Guid Id,
    ConcernStage Stage,
    Guid Author,
    IReadOnlyList<Guid> Recipients,
    DateOnly CreatedOn,
    DateTime? SharedAtUtc,
    string Noticed,
    ConcernOutcome? Outcome);

/// <summary>Everything of the concerns list for one member: nothing they are not part of.</summary>
public sealed record ConcernList(IReadOnlyList<ConcernSummary> Drafts, IReadOnlyList<ConcernSummary> SharedWithMe, IReadOnlyList<ConcernSummary> RaisedByMe)
{
    public bool IsEmpty => Drafts.Count == 0 && SharedWithMe.Count == 0 && RaisedByMe.Count == 0;
}

public enum DraftSave
{
    Saved,
    NotFound,

    /// <summary>Shared meanwhile (perhaps from another tab): a shared concern is not edited.</summary>
    AlreadyShared,

    /// <summary>Saved meanwhile from another tab: nothing was overwritten.</summary>
    ChangedElsewhere,
}

/// <summary>
/// The result of sharing: Core's answer, or (<see cref="ChangedMeanwhile"/>) that the draft was saved
/// again after the author last read it, in which case nothing was shared and Core was not asked.
/// </summary>
public sealed record ShareResult(ShareOutcome Outcome, bool ChangedMeanwhile = false)
{
    public static ShareResult Stale { get; } = new(ShareOutcome.NotFound, ChangedMeanwhile: true);

    public bool Shared => Outcome == ShareOutcome.Shared && !ChangedMeanwhile;
}
