using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Catalogue;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.Circles;

namespace SamePage.Web.Rounds;

/// <summary>A page about one round of one circle; anyone who is not a member gets a 404.</summary>
public abstract class RoundPageModel(CircleAccess circles, RoundDesk rounds) : CirclePageModel(circles)
{
    protected RoundDesk Rounds { get; } = rounds;

    public Round Round { get; private set; } = null!;

    public RoundState State { get; protected set; } = null!;

    /// <summary>The behaviours this round asks, the circle's own included.</summary>
    public BehaviourCatalogue Catalogue { get; private set; } = null!;

    public string RoundPath => $"/circles/{Circle.Id}/rounds/{Round.Number}";

    /// <summary>Loads circle, round and state; false means "not found" for this person.</summary>
    protected async Task<bool> OpenAsync(Guid circleId, int number)
    {
        var round = await OpenCircleAsync(circleId) ? await Rounds.FindAsync(circleId, number) : null;
        if (round is null)
        {
            return false;
        }

        Round = round;
        State = await Rounds.StateAsync(round);
        Catalogue = await Rounds.CatalogueAsync(round);
        return true;
    }

    protected IActionResult ToComparisonOrReview() =>
        Redirect(State.Phase == RoundPhase.Revealed && State.Members.Contains(Circle.Me.MembershipId)
            ? $"{RoundPath}/comparison"
            : State.Phase == RoundPhase.Revealed ? CirclePath : $"{RoundPath}/review");
}
