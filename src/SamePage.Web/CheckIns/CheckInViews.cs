using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.Circles;

namespace SamePage.Web.CheckIns;

public enum CheckInSave
{
    Saved,
    AlreadySubmitted,
    Revealed,

    /// <summary>Many saves of the same answers raced and this one kept losing; nothing was written.</summary>
    Busy,

    /// <summary>A text changed elsewhere since this form was opened; nothing was written (see <see cref="Core.CheckIns.CheckInEdit.StaleTexts"/>).</summary>
    Stale,
}

public enum CheckInSubmit
{
    Submitted,

    /// <summary>Not every item has a score yet.</summary>
    Incomplete,
    AlreadySubmitted,
    Revealed,
}

public enum CheckInStart
{
    Started,

    /// <summary>A check-in is already open; it is the one to answer.</summary>
    AlreadyOpen,

    /// <summary>A check-in needs at least two members.</summary>
    NeedsPartners,
}

/// <summary>What the circle's home and the check-ins page say is due.</summary>
/// <param name="RhythmStart">The day the circle's rhythm of check-ins started (its first check-in), if there has been one.</param>
public sealed record CheckInSummary(Guid CircleId, CheckInDue Due, CheckInCadence Cadence, DateOnly? RhythmStart, int? OpenNumber, bool SubmittedOpen, int? LatestRevealed);

/// <summary>
/// The clauses a check-in asks about (the active version's, in reading order) and the wording of every
/// clause the circle's versions have had, by id, so a flag on a clause that changed since still has words.
/// </summary>
public sealed record CheckInClauses(IReadOnlyList<Clause> Asked, IReadOnlyDictionary<Guid, Clause> Known)
{
    public static CheckInClauses None { get; } = new([], new Dictionary<Guid, Clause>());

    public IReadOnlySet<Guid> AskedIds => Asked.Select(c => c.Id).ToHashSet();

    /// <summary>The asked clauses first, then any others the circle has had: the order flags are listed in.</summary>
    public IReadOnlyList<Guid> Order => [.. Asked.Select(c => c.Id), .. Known.Keys.Where(id => Asked.All(c => c.Id != id))];
}

/// <summary>
/// A revealed check-in as one of its participants sees it: everyone's answers (seat order), the clauses
/// flagged and the agenda, and the drops the viewer alone is gently told about.
/// </summary>
public sealed record RevealedCheckIn(
    CheckIn CheckIn,
    IReadOnlyList<MemberView> Participants,
    IReadOnlyDictionary<Guid, CheckInAnswers> Answers,
    CheckInAgenda Agenda,
    IReadOnlyList<Drop> MySafetyDrops);

/// <summary>A check-in with its state, for lists.</summary>
public sealed record CheckInListItem(CheckIn CheckIn, RoundState State);
