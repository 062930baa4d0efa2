using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Comparisons;
using SamePage.Core.Guides;
using SamePage.Core.Rounds;
using SamePage.Core.Safety;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>After the reveal: where a pair agrees and differs, most important first; with 3+ members, the circle's biggest gaps.</summary>
public sealed class ComparisonModel(CircleAccess circles, RoundDesk rounds, ContentLibrary content, IStringLocalizer<SharedResource> l) : RoundPageModel(circles, rounds)
{
    public IReadOnlyList<MemberView> Participants { get; private set; } = [];

    public PairComparison Pair { get; private set; } = null!;

    public IReadOnlyList<CircleGap> BiggestGaps { get; private set; } = [];

    public HeatMap HeatMap { get; private set; } = null!;

    public MemberView First { get; private set; } = null!;

    public MemberView Second { get; private set; } = null!;

    /// <summary>Someone rated part of a person's basic freedom as hurtful or a betrayal: everyone sees the same calm note.</summary>
    public bool AutonomyNote { get; private set; }

    /// <summary>In a revisit: the earlier round compared with, and what moved since.</summary>
    public (int Previous, RoundChanges Changes)? SinceLastRound { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number, Guid? first, Guid? second)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (State.Phase != RoundPhase.Revealed || !State.Members.Contains(Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        var revealed = await Rounds.RevealedAsync(Round);
        var comparison = new RoundComparison(revealed.Catalogue, revealed.Answers);
        AutonomyNote = AutonomyCheck.NeedsNote(revealed.Catalogue, revealed.Answers.Values);
        Participants = [.. Circle.Members.Where(m => comparison.Members.Contains(m.MembershipId))];
        if (Participants.Count < 2)
        {
            return Redirect(CirclePath);
        }

        var a = Participants.FirstOrDefault(m => m.MembershipId == first);
        var b = Participants.FirstOrDefault(m => m.MembershipId == second);
        if (a is null || b is null || a == b)
        {
            a = Circle.Me;
            b = Participants.First(m => !m.IsYou);
        }

        (First, Second) = (a, b);
        Pair = comparison.Compare(a.MembershipId, b.MembershipId);
        if (Participants.Count >= 3)
        {
            BiggestGaps = comparison.BiggestGaps();
        }

        HeatMap = HeatMap.From(comparison);
        if (await Rounds.ChangesAsync(Round) is { } changes && changes.Changes.ComparedMembers.Count >= 2)
        {
            SinceLastRound = (changes.Previous.Number, changes.Changes);
        }

        return Page();
    }

    public IReadOnlyList<string> GeneralGuidance => content.Guides.General;

    /// <summary>How to talk about one difference; the same answers always get the same guide.</summary>
    public GuideChoice? GuideFor(ComparedItem item) =>
        content.Guides.For(item.Behaviour.Id, item.Behaviour.CategoryId, item.Verdict);

    /// <summary>"You & Sam", or two names when the viewer is not in the pair.</summary>
    public string PairLabel((Guid First, Guid Second) pair)
    {
        var (a, b) = (Participants.First(m => m.MembershipId == pair.First), Participants.First(m => m.MembershipId == pair.Second));
        if (b.IsYou)
        {
            (a, b) = (b, a);
        }

        return a.IsYou ? l["You & {0}", b.DisplayName] : l["{0} & {1}", a.DisplayName, b.DisplayName];
    }

    public string NameOf(Guid membershipId) =>
        Participants.FirstOrDefault(m => m.MembershipId == membershipId) is { } m ? m.DisplayName : string.Empty;
}
