using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.Circles;

namespace SamePage.Web.Rounds;

/// <summary>A page about one round of one circle; anyone who is not a member gets a 404.</summary>
public abstract class RoundPageModel(CircleAccess circles, RoundDesk rounds) : MemberPageModel
{
    protected RoundDesk Rounds { get; } = rounds;

    public CircleView Circle { get; private set; } = null!;

    public Round Round { get; private set; } = null!;

    public RoundState State { get; protected set; } = null!;

    public string CirclePath => $"/circles/{Circle.Id}";

    public string RoundPath => $"/circles/{Circle.Id}/rounds/{Round.Number}";

    /// <summary>Loads circle, round and state; false means "not found" for this person.</summary>
    protected async Task<bool> OpenAsync(Guid circleId, int number)
    {
        var circle = await circles.OpenAsync(circleId, AccountId);
        var round = circle is null ? null : await Rounds.FindAsync(circleId, number);
        if (circle is null || round is null)
        {
            return false;
        }

        Circle = circle;
        Round = round;
        State = await Rounds.StateAsync(round);
        return true;
    }

    protected IActionResult ToComparisonOrReview() =>
        Redirect(State.Phase == RoundPhase.Revealed && State.Members.Contains(Circle.Me.MembershipId)
            ? $"{RoundPath}/comparison"
            : State.Phase == RoundPhase.Revealed ? CirclePath : $"{RoundPath}/review");
}
