using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.Agreements;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Circles;

/// <summary>A circle's home: its members, and who has submitted the current round (never what).</summary>
public sealed class CircleModel(CircleAccess circles, RoundDesk rounds, AgreementDesk agreements, CheckInDesk checkIns, TimeProvider clock) : CirclePageModel(circles)
{
    public Round Round { get; private set; } = null!;

    public RoundState State { get; private set; } = null!;

    public bool TookPart { get; private set; }

    /// <summary>The active version of the agreement, if any.</summary>
    public VersionView? ActiveAgreement { get; private set; }

    /// <summary>A version waiting for signatures, if any.</summary>
    public VersionView? ProposedAgreement { get; private set; }

    public bool ReviewDue => ActiveAgreement?.ReviewOn is { } on && on <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>What is due for check-ins: the open one, or when the next falls due.</summary>
    public CheckInSummary CheckIns { get; private set; } = null!;

    /// <summary>Earlier revealed rounds this member took part in, newest first.</summary>
    public IReadOnlyList<int> EarlierRounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Round = await rounds.LatestAsync(id);
        State = await rounds.StateAsync(Round);
        TookPart = State.Members.Contains(Circle.Me.MembershipId);
        var versions = await agreements.VersionsAsync(Circle);
        ActiveAgreement = versions.FirstOrDefault(v => v.Status == SamePage.Core.Agreements.VersionStatus.Active);
        ProposedAgreement = versions.FirstOrDefault(v => v.Status == SamePage.Core.Agreements.VersionStatus.Proposed);
        CheckIns = await checkIns.SummaryAsync(Circle);
        EarlierRounds = [.. (await rounds.RoundsTakenPartInAsync(id, Circle.Me.MembershipId)).Where(n => n != Round.Number)];
        return Page();
    }

    public async Task<IActionResult> OnPostNewRoundAsync(Guid id)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        var round = await rounds.StartNextAsync(id);
        return Redirect($"/circles/{id}/rounds/{round.Number}/answer");
    }
}
