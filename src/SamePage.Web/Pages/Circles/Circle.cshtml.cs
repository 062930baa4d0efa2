using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Circles;
using SamePage.Core.Rounds;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Circles;

/// <summary>
/// A circle's home: the one next step for this member first, what changed since their last visit, then
/// the round (who has submitted, never what), the agreement, check-ins and members; leaving at the end.
/// </summary>
public sealed class CircleModel(
    CircleAccess circles, CircleStanding standing, SeenProgress seen, RoundDesk rounds, AgreementVersionDesk agreements, CheckInRhythm checkIns, PersonTime time)
    : CirclePageModel(circles)
{
    public Round Round { get; private set; } = null!;

    public RoundState State { get; private set; } = null!;

    public bool TookPart { get; private set; }

    /// <summary>The active version of the agreement, if any.</summary>
    public VersionView? ActiveAgreement { get; private set; }

    /// <summary>A version waiting for signatures, if any.</summary>
    public VersionView? ProposedAgreement { get; private set; }

    public bool ReviewDue => ActiveAgreement?.ReviewOn is { } on && on <= time.Today;

    /// <summary>What is due for check-ins: the open one, or when the next falls due.</summary>
    public CheckInSummary CheckIns { get; private set; } = null!;

    /// <summary>Earlier revealed rounds this member took part in, newest first.</summary>
    public IReadOnlyList<int> EarlierRounds { get; private set; } = [];

    public NextStep Step { get; private set; } = null!;

    /// <summary>What others did since this member last opened this page.</summary>
    public IReadOnlyList<CircleChange> Changes { get; private set; } = [];

    /// <summary>Where the circle stood when this page was made; the page reloads itself when it moves on.</summary>
    public string Stamp { get; private set; } = string.Empty;

    public string RoundPath => $"{CirclePath}/rounds/{Round.Number}";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        // The stamp first: anything that happens while the page is made moves it, and the page reloads.
        if (await standing.StampAsync(id, AccountId) is not { } stamp || !await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Stamp = stamp;
        Round = await rounds.LatestAsync(id);
        State = await rounds.StateAsync(Round);
        TookPart = State.Members.Contains(Circle.Me.MembershipId);
        var versions = await agreements.VersionsAsync(Circle);
        ActiveAgreement = versions.FirstOrDefault(v => v.Status == VersionStatus.Active);
        ProposedAgreement = versions.FirstOrDefault(v => v.Status == VersionStatus.Proposed);
        CheckIns = await checkIns.SummaryAsync(Circle);
        EarlierRounds = [.. (await rounds.RoundsTakenPartInAsync(id, Circle.Me.MembershipId)).Where(n => n != Round.Number)];
        var hasDraft = ActiveAgreement is null && ProposedAgreement is null && State.Phase == RoundPhase.Revealed && await standing.HasDraftAsync(id);
        Step = NextStep.For(new CircleFacts(Circle.Me.MembershipId, Circle.Members.Count, Round.Number, State)
        {
            Agreement = new AgreementFacts(hasDraft, ProposedAgreement?.Number, ProposedAgreement?.Waiting ?? [], ActiveAgreement?.Number, ReviewDue),
            CheckIn = new CheckInFacts(CheckIns.Due.State, CheckIns.OpenNumber, CheckIns.SubmittedOpen, CheckIns.Due.NextOn),
        });
        Changes = await seen.SinceLastVisitAsync(Circle, new CircleProgress
        {
            Members = [.. Circle.Members.Select(m => m.MembershipId)],
            Round = Round.Number,
            RoundRevealed = State.Phase == RoundPhase.Revealed,
            Submitted = [.. State.Submitted],
            Proposed = ProposedAgreement?.Number,
            ProposedBy = ProposedAgreement?.ProposedBy,
            SignedBy = [.. ProposedAgreement?.Signatures.Where(s => s.MembershipId is not null).Select(s => s.MembershipId!.Value) ?? []],
            Active = ActiveAgreement?.Number,
            OpenCheckIn = CheckIns.OpenNumber,
            LatestRevealedCheckIn = CheckIns.LatestRevealed,
            CheckInDue = CheckIns.Due.State == DueState.Due,
        });
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

    /// <summary>The display name of a member still in the circle.</summary>
    public string? NameOf(Guid? membershipId) => membershipId is { } id ? Circle.Member(id)?.DisplayName : null;

    /// <summary>Whether the next step's card already carries this action, so the sections below don't repeat it.</summary>
    public bool StepIs(params StepKind[] kinds) => kinds.Contains(Step.Kind);
}
