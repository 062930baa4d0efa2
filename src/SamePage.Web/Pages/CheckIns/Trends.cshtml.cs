using Microsoft.AspNetCore.Mvc;
using SamePage.Core.CheckIns;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.CheckIns;

/// <summary>Each member's scores over time, item by item: a chart and the same numbers as a table.</summary>
public sealed class TrendsModel(CircleAccess circles, CheckInResults results) : CirclePageModel(circles)
{
    /// <summary>The revealed check-ins this member took part in, oldest first.</summary>
    public IReadOnlyList<CheckInRecord> History { get; private set; } = [];

    public IReadOnlyList<TrendChart> Charts { get; private set; } = [];

    /// <summary>The viewer's own sharp drops at their latest check-in, for a private, gentle note.</summary>
    public IReadOnlyList<Drop> MySafetyDrops { get; private set; } = [];

    public string CheckInsPath => $"{CirclePath}/check-ins";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        History = await results.HistoryAsync(Circle);
        var members = Circle.Members.Where(m => History.Any(r => r.TookPart(m.MembershipId))).ToList();
        Charts = [.. CheckInItems.All.Select(item => new TrendChart(item, History, members))];
        if (History.Count > 0)
        {
            MySafetyDrops = ScoreDrops.SafetyDropsFor(History, History[^1].Number, Circle.Me.MembershipId);
        }

        return Page();
    }
}
