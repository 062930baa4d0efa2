namespace SamePage.Core.Concerns;

/// <summary>Where a concern is in its life.</summary>
public enum ConcernStage
{
    /// <summary>Private to its author; nobody else can see that it exists.</summary>
    Draft,

    /// <summary>Shared with the members the author chose, waiting for a reply.</summary>
    Shared,

    /// <summary>Someone it was shared with has replied.</summary>
    Responded,

    /// <summary>An outcome was recorded; the conversation is kept as it was.</summary>
    Closed,
}

public enum EditOutcome
{
    Allowed,

    /// <summary>Not visible to this member: the same answer as for a concern that doesn't exist.</summary>
    NotFound,
    NotTheAuthor,
    AlreadyShared,
}

public enum ShareOutcome
{
    Shared,
    NotFound,
    NotTheAuthor,
    AlreadyShared,

    /// <summary>Nobody was chosen.</summary>
    NobodyChosen,

    /// <summary>Someone chosen is not (or no longer) another member of the circle.</summary>
    NotAnotherMember,

    /// <summary>"What I noticed" is empty: there is nothing to share yet.</summary>
    NothingNoticed,

    /// <summary>A part of the draft is over the limit.</summary>
    TooLong,
}

public enum RespondOutcome
{
    Allowed,
    NotFound,

    /// <summary>The author's own draft: it has to be shared before anyone can reply.</summary>
    NotShared,
    Closed,
}

public enum CloseOutcome
{
    Closed,
    NotFound,
    NotShared,
    AlreadyClosed,
    UnknownOutcome,
}

/// <summary>
/// What one step of a concern changed, for the desk to store as it is: the stage from then on, the
/// concern's new revision (every change moves it on, so two steps that cross are never both kept), and
/// who took the step when. Sharing says with whom; closing says how it was settled.
/// </summary>
public sealed record ConcernChange(ConcernStage Stage, int Revision, Guid By, DateTime AtUtc)
{
    private static readonly IReadOnlySet<Guid> Nobody = new HashSet<Guid>();

    /// <summary>The members it was shared with by this step (sharing only; empty otherwise).</summary>
    public IReadOnlySet<Guid> SharedWith { get; init; } = Nobody;

    /// <summary>The outcome recorded by this step (closing only).</summary>
    public ConcernOutcome? Outcome { get; init; }
}

/// <summary>Core's answer to one step of a concern, and, when it was allowed, what it changed.</summary>
public sealed record ConcernStep<TOutcome>(TOutcome Outcome, ConcernChange? Change)
    where TOutcome : struct, Enum
{
    public bool Changed => Change is not null;
}

/// <summary>
/// The rules of one concern: the author writes a private draft and alone
/// edits and shares it, choosing whom with; the people it was shared with and the author reply; any of
/// them records the outcome, which closes it. Anyone else is never told it exists. Every step returns
/// what it changed (<see cref="ConcernChange"/>); nothing else decides a concern's stage.
/// </summary>
public sealed class ConcernCase
{
    private readonly HashSet<Guid> _recipients;

    private ConcernCase(Guid author, ConcernStage stage, IEnumerable<Guid> recipients, ConcernOutcome? outcome, int revision)
    {
        Author = author;
        Stage = stage;
        _recipients = [.. recipients];
        Outcome = outcome;
        Revision = revision;
    }

    public Guid Author { get; }

    public ConcernStage Stage { get; private set; }

    /// <summary>The members it is shared with (still in the circle); empty while a draft.</summary>
    public IReadOnlySet<Guid> Recipients => _recipients;

    public ConcernOutcome? Outcome { get; private set; }

    /// <summary>How many times it has changed: a page that read one revision acts on that one only.</summary>
    public int Revision { get; private set; }

    /// <summary>Rebuilds a concern from what was stored.</summary>
    /// <param name="repliesFromOthers">Replies by anyone but the author (including people who have since left).</param>
    /// <param name="revision">The stored revision (the row's version).</param>
    public static ConcernCase Restore(Guid author, bool shared, IEnumerable<Guid> recipients, int repliesFromOthers, ConcernOutcome? outcome, int revision = 0)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var stage = !shared ? ConcernStage.Draft
            : outcome is not null ? ConcernStage.Closed
            : repliesFromOthers > 0 ? ConcernStage.Responded
            : ConcernStage.Shared;
        return new ConcernCase(author, stage, stage == ConcernStage.Draft ? [] : recipients, stage == ConcernStage.Closed ? outcome : null, revision);
    }

    public bool IsShared => Stage != ConcernStage.Draft;

    /// <summary>The author, or someone it was shared with. Only they ever see it, or learn that it exists.</summary>
    public bool IsInvolved(Guid member) => member == Author || (IsShared && _recipients.Contains(member));

    public EditOutcome CanEdit(Guid member) =>
        !IsInvolved(member) ? EditOutcome.NotFound
        : member != Author ? EditOutcome.NotTheAuthor
        : IsShared ? EditOutcome.AlreadyShared
        : EditOutcome.Allowed;

    /// <summary>The author changes their draft: it stays a draft, at a new revision.</summary>
    public ConcernStep<EditOutcome> Edit(Guid member, DateTime atUtc)
    {
        var allowed = CanEdit(member);
        return allowed == EditOutcome.Allowed ? new(allowed, Changed(member, atUtc)) : new(allowed, null);
    }

    /// <summary>The author shares the draft with the members they chose, all of them other current members.</summary>
    public ConcernStep<ShareOutcome> Share(Guid member, IReadOnlyCollection<Guid> chosen, IReadOnlySet<Guid> currentMembers, ConcernDraft draft, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(currentMembers);
        ArgumentNullException.ThrowIfNull(draft);
        var refused = CanShare(member, chosen, currentMembers, draft);
        if (refused is { } outcome)
        {
            return new(outcome, null);
        }

        _recipients.UnionWith(chosen);
        Stage = ConcernStage.Shared;
        return new(ShareOutcome.Shared, Changed(member, atUtc) with { SharedWith = new HashSet<Guid>(chosen) });
    }

    private ShareOutcome? CanShare(Guid member, IReadOnlyCollection<Guid> chosen, IReadOnlySet<Guid> currentMembers, ConcernDraft draft) =>
        CanEdit(member) switch
        {
            EditOutcome.Allowed => chosen.Count == 0 ? ShareOutcome.NobodyChosen
                : chosen.Any(m => m == Author || !currentMembers.Contains(m)) ? ShareOutcome.NotAnotherMember
                : ConcernText.Normalize(draft.Noticed).Length == 0 ? ShareOutcome.NothingNoticed
                : draft.Check().TooLong.Count > 0 ? ShareOutcome.TooLong
                : null,
            EditOutcome.NotTheAuthor => ShareOutcome.NotTheAuthor,
            EditOutcome.AlreadyShared => ShareOutcome.AlreadyShared,
            _ => ShareOutcome.NotFound,
        };

    public RespondOutcome CanRespond(Guid member) =>
        !IsInvolved(member) ? RespondOutcome.NotFound
        : !IsShared ? RespondOutcome.NotShared
        : Stage == ConcernStage.Closed ? RespondOutcome.Closed
        : RespondOutcome.Allowed;

    /// <summary>A reply is kept; a reply from someone it was shared with moves it to <see cref="ConcernStage.Responded"/>.</summary>
    public ConcernStep<RespondOutcome> Respond(Guid member, DateTime atUtc)
    {
        var allowed = CanRespond(member);
        if (allowed != RespondOutcome.Allowed)
        {
            return new(allowed, null);
        }

        if (member != Author)
        {
            Stage = ConcernStage.Responded;
        }

        return new(allowed, Changed(member, atUtc));
    }

    /// <summary>Anyone involved records how it was settled, once; after that it is kept as it was.</summary>
    public ConcernStep<CloseOutcome> Close(Guid member, ConcernOutcome outcome, DateTime atUtc)
    {
        var allowed = !IsInvolved(member) ? CloseOutcome.NotFound
            : !IsShared ? CloseOutcome.NotShared
            : Stage == ConcernStage.Closed ? CloseOutcome.AlreadyClosed
            : !ConcernOutcomes.IsOutcome(outcome) ? CloseOutcome.UnknownOutcome
            : CloseOutcome.Closed;
        if (allowed != CloseOutcome.Closed)
        {
            return new(allowed, null);
        }

        Outcome = outcome;
        Stage = ConcernStage.Closed;
        return new(allowed, Changed(member, atUtc) with { Outcome = outcome });
    }

    private ConcernChange Changed(Guid member, DateTime atUtc) => new(Stage, ++Revision, member, atUtc);
}
