using Microsoft.AspNetCore.Mvc;
using SamePage.Core.CheckIns;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.CheckIns;

public enum ListNotice
{
    None,
    CadenceSaved,
    NeedsPartners,
}

/// <summary>The circle's check-ins: what is due, starting one, the list, the cadence and its calendar file.</summary>
public sealed class ListModel(CircleAccess circles, CheckInDesk checkIns, CheckInRhythm rhythm) : CirclePageModel(circles)
{
    [BindProperty]
    public string? Cadence { get; set; }

    public CheckInSummary Summary { get; private set; } = null!;

    public IReadOnlyList<CheckInListItem> CheckIns { get; private set; } = [];

    public ListNotice Notice { get; private set; }

    /// <summary>The posted cadence was not one of the three offered; nothing changed.</summary>
    public bool CadenceRefused { get; private set; }

    public string CheckInsPath => $"{CirclePath}/check-ins";

    public async Task<IActionResult> OnGetAsync(Guid id, ListNotice notice = ListNotice.None)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Notice = notice;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        var (outcome, checkIn) = await checkIns.StartAsync(Circle);
        return outcome == CheckInStart.NeedsPartners || checkIn is null
            ? Redirect($"{CheckInsPath}?notice={ListNotice.NeedsPartners}")
            : Redirect($"{CheckInsPath}/{checkIn.Number}");
    }

    public async Task<IActionResult> OnPostCadenceAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        if (!CheckInSchedule.TryParse(Cadence, out var cadence))
        {
            CadenceRefused = true;
            await LoadAsync();
            return Page();
        }

        await rhythm.SetCadenceAsync(Circle.Id, cadence);
        return Redirect($"{CheckInsPath}?notice={ListNotice.CadenceSaved}#cadence");
    }

    private async Task LoadAsync()
    {
        // The check-ins and their states in one query, however many there are; the summary reads from them.
        CheckIns = await checkIns.ListWithStatesAsync(Circle);
        Summary = await rhythm.SummaryAsync(Circle, CheckIns);
    }
}
