using SamePage.Core.Circles;

namespace SamePage.Web.Circles;

/// <summary>
/// The next step as a page leads with it: the step, the circle (for names and addresses), the round it
/// is about, whether this member may still answer it, and where "Check again" leads without JavaScript.
/// </summary>
public sealed record NextStepCard(NextStep Step, CircleView Circle, int RoundNumber, bool CanAnswer, string HerePath)
{
    public string CirclePath => $"/circles/{Circle.Id}";

    public string RoundPath => $"{CirclePath}/rounds/{RoundNumber}";

    /// <summary>The names of those the step waits for, in seat order; members who have left are not named.</summary>
    public IReadOnlyList<string> WaitingNames =>
        [.. Circle.Members.Where(m => Step.WaitingFor.Contains(m.MembershipId)).Select(m => m.DisplayName)];

    public bool IsWaiting => Step.Kind is StepKind.WaitForAnswers or StepKind.WaitForSignatures or StepKind.WaitForCheckIns;
}
