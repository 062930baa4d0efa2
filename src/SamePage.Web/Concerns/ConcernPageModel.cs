using Microsoft.Extensions.Localization;
using SamePage.Web.Circles;

namespace SamePage.Web.Concerns;

/// <summary>
/// A page about the concerns of a circle. Anyone who is not a member gets a 404; a page about one
/// concern also answers 404 to every member who is not part of it, exactly as for a concern that
/// does not exist, so nobody learns that a concern between others exists.
/// </summary>
public abstract class ConcernPageModel(CircleAccess circles, ConcernDesk concerns, IStringLocalizer<SharedResource> l) : CirclePageModel(circles)
{
    protected ConcernDesk Concerns { get; } = concerns;

    protected IStringLocalizer<SharedResource> L { get; } = l;

    public ConcernView Concern { get; protected set; } = null!;

    public string ConcernsPath => $"{CirclePath}/concerns";

    public string ConcernPath(Guid concernId) => $"{ConcernsPath}/{concernId}";

    public string ThisConcernPath => ConcernPath(Concern.Id);

    public bool YouWroteIt => Concern.Author == Circle.Me.MembershipId;

    /// <summary>Loads the circle and the concern for the signed-in member; false means "not found" for this person.</summary>
    protected async Task<bool> OpenConcernAsync(Guid circleId, Guid concernId)
    {
        if (!await OpenCircleAsync(circleId) || await Concerns.FindAsync(Circle, concernId) is not { } concern)
        {
            return false;
        }

        Concern = concern;
        return true;
    }

    /// <summary>A member's name in this circle, "you" for the viewer, or a kind placeholder for someone who has left.</summary>
    public string NameOf(Guid? membershipId) =>
        membershipId is { } id && Circle.Member(id) is { } member
            ? member.IsYou ? L["you"] : member.DisplayName
            : L["someone who has left"];

    /// <summary>The names of the people a concern is shared with, as one phrase.</summary>
    public string NamesOf(IEnumerable<Guid> membershipIds)
    {
        var members = membershipIds.Select(m => Circle.Member(m)).OfType<MemberView>().OrderBy(m => m.Seat).ToList();
        return members.Count == 0 ? L["nobody who is still in the circle"] : new PeopleWords(L).People(members);
    }
}
