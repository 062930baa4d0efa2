using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SamePage.Core.Comparisons;
using SamePage.Core.Guides;
using SamePage.Core.Predictions;
using SamePage.Core.Rounds;
using SamePage.Core.Styles;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>
/// Talk it through: one difference at a time, hot spots first, with its guide; "we talked about this"
/// is shared by the round's participants. Plain links and forms, so it works without JavaScript.
/// </summary>
public sealed class TalkModel(CircleAccess circles, RoundDesk rounds, TalkDesk talk, ContentLibrary content, IStringLocalizer<SharedResource> l) : RoundPageModel(circles, rounds)
{
    public PairView View { get; private set; } = null!;

    public TalkAgenda Agenda { get; private set; } = null!;

    public TalkedAbout Talked { get; private set; } = null!;

    /// <summary>The difference on screen, or -1 for the end of the agenda.</summary>
    public int Index { get; private set; } = -1;

    public ComparedItem? Item => Index >= 0 ? Agenda.Items[Index] : null;

    public bool ItemTalkedAbout => Item is { } item && Talked.Contains(Agenda.TopicOf(item));

    public string? Notice { get; private set; }

    /// <summary>At the end of the agenda: the pair's "How I connect" topics far apart, talked through like the rest.</summary>
    public IReadOnlyList<StyleGroupComparison> StyleTopics { get; private set; } = [];

    /// <summary>At the end of the agenda: guesses far off between the two, as decision 0004 lets the viewer see them.</summary>
    public IReadOnlyList<BlindSpot> BlindSpots { get; private set; } = [];

    private RevealedRound _revealed = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, Guid? first, Guid? second, string? at, bool end, string? notice)
    {
        if (await OpenPairAsync(id, number, first, second) is { } elsewhere)
        {
            return elsewhere;
        }

        var index = Agenda.IndexOf(at);
        Index = end ? -1 : index >= 0 ? index : Agenda.StartIndex(Talked);
        if (Index < 0)
        {
            StyleTopics = [.. StyleComparison.Compare(content.Styles, StylesOf(View.First), StylesOf(View.Second)).FarApart];
            var pair = new[] { View.First.MembershipId, View.Second.MembershipId };
            BlindSpots = [.. new PredictionReview(_revealed.Catalogue, _revealed.Answers, _revealed.Guesses)
                .BlindSpotsFor(Circle.Me.MembershipId)
                .Where(b => pair.Contains(b.Predictor) && pair.Contains(b.Subject))];
        }

        Notice = notice switch
        {
            "added" => l["Written into your draft agreement. Everyone in the circle can read it and change it there."].Value,
            "busy" => l["That didn't save: a lot was happening at once. Please try again."].Value,
            _ => null,
        };
        return Page();
    }

    /// <summary>"We talked about this" (or, with talked=false, taking the mark back); then on to the next difference.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, int number, Guid? first, Guid? second, string? at, bool talked = true)
    {
        if (await OpenPairAsync(id, number, first, second) is { } elsewhere)
        {
            return elsewhere;
        }

        var index = Agenda.IndexOf(at);
        if (index < 0)
        {
            return Redirect(TalkHref());
        }

        var (outcome, _) = await talk.MarkAsync(Circle, Round, Agenda.TopicOf(Agenda.Items[index]), talked);
        if (outcome == TalkMarkOutcome.Busy)
        {
            return Redirect(TalkHref(at, "notice=busy"));
        }

        return talked ? Redirect(NextHref(index)) : Redirect(TalkHref(at));
    }

    public GuideChoice? Guide => Item is { } item ? content.Guides.For(item.Behaviour.Id, item.Behaviour.CategoryId, item.Verdict) : null;

    public string Name(MemberView member) => member.IsYou ? l["You"] : member.DisplayName;

    public string NameOf(Guid membershipId) => View.First.MembershipId == membershipId ? Name(View.First) : Name(View.Second);

    public GuideChoice? BlindSpotGuide(BlindSpot spot) =>
        spot is null ? null : content.Guides.ForBlindSpot(spot.Behaviour.Id, spot.Behaviour.CategoryId, spot.Predicted, spot.Actual);

    private IReadOnlyDictionary<string, int> StylesOf(MemberView member) =>
        _revealed.Styles.TryGetValue(member.MembershipId, out var styles) ? styles : new Dictionary<string, int>();

    public string ComparisonHref => View.Query.Length == 0 ? $"{RoundPath}/comparison" : $"{RoundPath}/comparison?{View.Query}";

    public string TalkHref(string? at = null, string? extra = null) => View.TalkPath(RoundPath, at, extra);

    /// <summary>The difference after this one, or the end of the agenda.</summary>
    public string NextHref(int index) =>
        index + 1 < Agenda.Items.Count ? TalkHref(Agenda.Items[index + 1].Behaviour.Id) : TalkHref(extra: "end=true");

    public string? PreviousHref => Index > 0 ? TalkHref(Agenda.Items[Index - 1].Behaviour.Id) : null;

    public string SuggestHref(ComparedItem item) =>
        SuggestionPaths.For(Circle.Id, Round.Number, item.Behaviour.Id, View.First.MembershipId, View.Second.MembershipId, SuggestionPaths.BackToTalk);

    /// <summary>Null when the person may look at this pair's talk; otherwise where they go instead.</summary>
    private async Task<IActionResult?> OpenPairAsync(Guid id, int number, Guid? first, Guid? second)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (State.Phase != RoundPhase.Revealed || !State.Members.Contains(Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        _revealed = await Rounds.RevealedAsync(Circle, Round);
        if (PairView.Open(Circle, _revealed, first, second) is not { } view)
        {
            return Redirect(CirclePath);
        }

        View = view;
        Agenda = TalkAgenda.For(view.Pair);
        Talked = await talk.TalkedAsync(Circle, Round);
        return null;
    }
}
