using Microsoft.AspNetCore.Mvc;
using SamePage.Web.Circles;
using SamePage.Web.Demo;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Demo;

/// <summary>
/// A demo circle's own page: the path in steps, the sample partner's turn (it acts only when the
/// person asks, with the same desks as anyone), and deleting the demo. Only for a demo circle's owner.
/// </summary>
public sealed class GuideModel(CircleAccess circles, DemoDesk demos, RoundDesk rounds) : CirclePageModel(circles)
{
    public IReadOnlyList<SampleTurn> Turns { get; private set; } = [];

    public MemberView Sample { get; private set; } = null!;

    public int RoundNumber { get; private set; }

    /// <summary>The turn the sample partner just took, to say so.</summary>
    [BindProperty(SupportsGet = true)]
    public SampleTurn? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenDemoAsync(id))
        {
            return NotFound();
        }

        Turns = await demos.TurnsAsync(Circle);
        RoundNumber = (await rounds.LatestAsync(Circle.Id)).Number;
        return Page();
    }

    public async Task<IActionResult> OnPostTurnAsync(Guid id, SampleTurn turn)
    {
        if (!await OpenDemoAsync(id))
        {
            return NotFound();
        }

        var taken = Enum.IsDefined(turn) && await demos.TakeTurnAsync(Circle, turn);
        return taken ? Redirect($"{CirclePath}/demo?done={turn}") : Redirect($"{CirclePath}/demo");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await OpenDemoAsync(id))
        {
            return NotFound();
        }

        await demos.DeleteAsync(AccountId);
        return Redirect("/circles?demo-deleted=1");
    }

    private async Task<bool> OpenDemoAsync(Guid id)
    {
        if (!await OpenCircleAsync(id) || !Circle.IsDemo || DemoDesk.Sample(Circle) is not { } sample)
        {
            return false;
        }

        Sample = sample;
        return true;
    }
}
