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
/// The rules of one concern: the author writes a private draft and alone
/// edits and shares it, choosing whom with; the people it was shared with and the author reply; any of
/// them records the outcome, which closes it. Anyone else is never told it exists.
/// </summary>
public sealed class ConcernCase
{
    private readonly HashSet<Guid> _recipients;

    private ConcernCase(Guid author, ConcernStage stage, IEnumerable<Guid> recipients, ConcernOutcome? outcome)
    {
        Author = author;
        Stage = stage;
        _recipients = [.. recipients];
        Outcome = outcome;
    }

    public Guid Author { get; }

    public ConcernStage Stage { get; private set; }

    /// <summary>The members it is shared with (still in the circle); empty while a draft.</summary>
    public IReadOnlySet<Guid> Recipients => _recipients;

    public ConcernOutcome? Outcome { get; private set; }

    public static ConcernCase NewDraft(Guid author) => new(author, ConcernStage.Draft, [], null);

    /// <summary>Rebuilds a concern from what was stored.</summary>
    /// <param name="repliesFromOthers">Replies by anyone but the author (including people who have since left).</param>
    public static ConcernCase Restore(Guid author, bool shared, IEnumerable<Guid> recipients, int repliesFromOthers, ConcernOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var stage = !shared ? ConcernStage.Draft
            : outcome is not null ? ConcernStage.Closed
            : repliesFromOthers > 0 ? ConcernStage.Responded
            : ConcernStage.Shared;
        return new ConcernCase(author, stage, stage == ConcernStage.Draft ? [] : recipients, stage == ConcernStage.Closed ? outcome : null);
    }

    public bool IsShared => Stage != ConcernStage.Draft;

    /// <summary>The author, or someone it was shared with. Only they ever see it, or learn that it exists.</summary>
    public bool IsInvolved(Guid member) => member == Author || (IsShared && _recipients.Contains(member));

    public EditOutcome CanEdit(Guid member) =>
        !IsInvolved(member) ? EditOutcome.NotFound
        : member != Author ? EditOutcome.NotTheAuthor
        : IsShared ? EditOutcome.AlreadyShared
        : EditOutcome.Allowed;

    /// <summary>The author shares the draft with the members they chose, all of them other current members.</summary>
    public ShareOutcome Share(Guid member, IReadOnlyCollection<Guid> chosen, IReadOnlySet<Guid> currentMembers, ConcernDraft draft)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(currentMembers);
        ArgumentNullException.ThrowIfNull(draft);
        var allowed = CanEdit(member);
        if (allowed != EditOutcome.Allowed)
        {
            return allowed switch
            {
                EditOutcome.NotTheAuthor => ShareOutcome.NotTheAuthor,
                EditOutcome.AlreadyShared => ShareOutcome.AlreadyShared,
                _ => ShareOutcome.NotFound,
            };
        }

        if (chosen.Count == 0)
        {
            return ShareOutcome.NobodyChosen;
        }

        if (chosen.Any(m => m == Author || !currentMembers.Contains(m)))
        {
            return ShareOutcome.NotAnotherMember;
        }

        if (ConcernText.Normalize(draft.Noticed).Length == 0)
        {
            return ShareOutcome.NothingNoticed;
        }

        if (draft.Check().TooLong.Count > 0)
        {
            return ShareOutcome.TooLong;
        }

        _recipients.UnionWith(chosen);
        Stage = ConcernStage.Shared;
        return ShareOutcome.Shared;
    }

    public RespondOutcome CanRespond(Guid member) =>
        !IsInvolved(member) ? RespondOutcome.NotFound
        : !IsShared ? RespondOutcome.NotShared
        : Stage == ConcernStage.Closed ? RespondOutcome.Closed
        : RespondOutcome.Allowed;

    /// <summary>A reply was kept; a reply from someone it was shared with moves it to <see cref="ConcernStage.Responded"/>.</summary>
    public RespondOutcome Respond(Guid member)
    {
        var allowed = CanRespond(member);
        if (allowed == RespondOutcome.Allowed && member != Author)
        {
            Stage = ConcernStage.Responded;
        }

        return allowed;
    }

    /// <summary>Anyone involved records how it was settled, once; after that it is kept as it was.</summary>
    public CloseOutcome Close(Guid member, ConcernOutcome outcome) =>
        !IsInvolved(member) ? CloseOutcome.NotFound
        : !IsShared ? CloseOutcome.NotShared
        : Stage == ConcernStage.Closed ? CloseOutcome.AlreadyClosed
        : !ConcernOutcomes.IsOutcome(outcome) ? CloseOutcome.UnknownOutcome
        : CloseNow(outcome);

    private CloseOutcome CloseNow(ConcernOutcome outcome)
    {
        Outcome = outcome;
        Stage = ConcernStage.Closed;
        return CloseOutcome.Closed;
    }
}
