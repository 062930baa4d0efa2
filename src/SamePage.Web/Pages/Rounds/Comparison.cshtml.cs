using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Comparisons;
using SamePage.Core.Guides;
using SamePage.Core.Rounds;
using SamePage.Core.Safety;
using SamePage.Core.Styles;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>After the reveal: where a pair agrees and differs, most important first; with 3+ members, the circle's biggest gaps.</summary>
public sealed class ComparisonModel(CircleAccess circles, RoundDesk rounds, TalkDesk talk, ContentLibrary content, IStringLocalizer<SharedResource> l) : RoundPageModel(circles, rounds)
{
    /// <summary>How many differences the summary suggests starting with.</summary>
    public const int StartWith = 3;

    public IReadOnlyList<MemberView> Participants { get; private set; } = [];

    public PairComparison Pair { get; private set; } = null!;

    public IReadOnlyList<CircleGap> BiggestGaps { get; private set; } = [];

    public HeatMap HeatMap { get; private set; } = null!;

    public MemberView First { get; private set; } = null!;

    public MemberView Second { get; private set; } = null!;

    /// <summary>Someone rated part of a person's basic freedom as hurtful or a betrayal: everyone sees the same calm note.</summary>
    public bool AutonomyNote { get; private set; }

    /// <summary>The pair's differences worth a talk, in order, and which of them the circle marked as talked about.</summary>
    public TalkAgenda Agenda { get; private set; } = null!;

    public TalkedAbout Talked { get; private set; } = null!;

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

        var revealed = await Rounds.RevealedAsync(Circle, Round);
        AutonomyNote = AutonomyCheck.NeedsNote(revealed.Catalogue, revealed.Answers.Values);
        if (PairView.Open(Circle, revealed, first, second) is not { } view)
        {
            return Redirect(CirclePath);
        }

        var comparison = view.Comparison;
        View = view;
        (Participants, First, Second, Pair) = (view.Participants, view.First, view.Second, view.Pair);
        if (Participants.Count >= 3)
        {
            BiggestGaps = comparison.BiggestGaps();
        }

        Styles = StyleComparison.Compare(content.Styles, StylesOf(revealed, First), StylesOf(revealed, Second));
        Agenda = TalkAgenda.For(Pair);
        Talked = await talk.TalkedAsync(Circle, Round);
        HeatMap = HeatMap.From(comparison);
        if (await Rounds.ChangesAsync(Circle, Round) is { } changes && changes.Changes.ComparedMembers.Count >= 2)
        {
            SinceLastRound = (changes.Previous.Number, changes.Changes);
        }

        return Page();
    }

    /// <summary>"How you connect": the pair's styles, compared; empty when either skipped that page.</summary>
    public StyleComparison Styles { get; private set; } = null!;

    /// <summary>For a hot spot: the far-apart topic of style it may come from, or null.</summary>
    public StyleGroupComparison? StyleBehind(ComparedItem item) =>
        item.Verdict.Kind == GapKind.HotSpot ? Styles.RelatedTo(item.Behaviour.CategoryId) : null;

    public static GuideChoice StyleGuide(StyleGroupComparison group) =>
        StyleBook.GuideFor(group.Group, group.Widest.First, group.Widest.Second);

    /// <summary>The clause form for a style difference, as for any comparison item.</summary>
    public string SuggestHref(StyleItem item) => SuggestionPaths.For(Circle.Id, Round.Number, item.Id, First.MembershipId, Second.MembershipId);

    private static IReadOnlyDictionary<string, int> StylesOf(RevealedRound revealed, MemberView member) =>
        revealed.Styles.TryGetValue(member.MembershipId, out var styles) ? styles : new Dictionary<string, int>();

    public IReadOnlyList<string> GeneralGuidance => content.Guides.General;

    public bool IsTalkedAbout(ComparedItem item) => Talked.Contains(Agenda.TopicOf(item));

    /// <summary>One of the first few differences the summary suggests starting with: shown open, with its guide.</summary>
    public bool IsStartingPoint(ComparedItem item)
    {
        var index = Agenda.IndexOf(item.Behaviour.Id);
        return index >= 0 && index < StartWith;
    }

    /// <summary>The round as this person looks at it, and the pair on screen.</summary>
    public PairView View { get; private set; } = null!;

    /// <summary>Talk mode for this pair, at one behaviour or where they left off.</summary>
    public string TalkHref(string? behaviourId = null) => View.TalkPath(RoundPath, behaviourId);

    /// <summary>What one can do about a difference: links, so no form and no token per item.</summary>
    public DifferenceActions ActionsFor(ComparedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new DifferenceActions(item.Behaviour.Label, SuggestHref(item), TalkHref(item.Behaviour.Id));
    }

    /// <summary>The clause form, with a suggestion built from this behaviour; nothing is written until someone saves.</summary>
    public string SuggestHref(ComparedItem item) => SuggestionPaths.For(Circle.Id, Round.Number, item.Behaviour.Id, First.MembershipId, Second.MembershipId);

    /// <summary>The one opening sentence: how much the pair agrees on, and how much is worth a talk.</summary>
    public string Summary()
    {
        var agree = Pair.Count(GapKind.Aligned) + Pair.Count(GapKind.Close);
        var withMe = First.IsYou || Second.IsYou;
        var agreeing = (agree, withMe) switch
        {
            (0, true) => l["None of your answers matched closely this time."],
            (1, true) => l["You agree, or nearly agree, on 1 behaviour."],
            (_, true) => l["You agree, or nearly agree, on {0} behaviours.", agree],
            (0, false) => l["{0} and {1} don't match closely anywhere this time.", First.DisplayName, Second.DisplayName],
            (1, false) => l["{0} and {1} agree, or nearly agree, on 1 behaviour.", First.DisplayName, Second.DisplayName],
            _ => l["{0} and {1} agree, or nearly agree, on {2} behaviours.", First.DisplayName, Second.DisplayName, agree],
        };
        var worth = Agenda.Items.Count switch
        {
            0 => l["Nothing stands out as needing a talk: enjoy that."],
            1 => l["1 is worth talking about: start there."],
            2 => l["2 are worth talking about: start with these two."],
            var n => l["{0} are worth talking about: start with these three.", n],
        };
        return $"{agreeing} {worth}";
    }

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
