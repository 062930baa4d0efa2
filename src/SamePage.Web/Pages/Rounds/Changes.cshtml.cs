using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Comparisons;
using SamePage.Core.Rounds;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>After a revisit is revealed: whose answers moved since the last revealed round, and where pairs came closer or drifted apart.</summary>
public sealed class ChangesModel(CircleAccess circles, RoundDesk rounds) : RoundPageModel(circles, rounds)
{
    public int? PreviousNumber { get; private set; }

    public RoundChanges? Changes { get; private set; }

    public IReadOnlyList<MemberView> Compared { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (State.Phase != RoundPhase.Revealed || !State.Members.Contains(Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        if (await Rounds.ChangesAsync(Circle, Round) is { } found)
        {
            PreviousNumber = found.Previous.Number;
            Changes = found.Changes;
            Compared = [.. Circle.Members.Where(m => found.Changes.ComparedMembers.Contains(m.MembershipId))];
        }

        return Page();
    }

    public IEnumerable<IGrouping<(Guid First, Guid Second), PairShift>> ShiftsByPair() =>
        Changes is null ? [] : Changes.Shifts.GroupBy(s => (s.First, s.Second));
}
