using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Guides;
using SamePage.Core.Predictions;
using SamePage.Core.Rounds;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>One member's guesses, summed over everyone they guessed about.</summary>
public sealed record GuessingSummary(MemberView Member, int Made, int Scored, int WithinOneStep, int BlindSpots);

/// <summary>
/// After the reveal: where someone's guess was two or more steps from the real answer. A member sees
/// the blind spots they are part of (their guesses, and guesses about them), never those between
/// two other people; everyone sees how well each member guessed, as counts.
/// </summary>
public sealed class BlindSpotsModel(CircleAccess circles, RoundDesk rounds, ContentLibrary content) : RoundPageModel(circles, rounds)
{
    public IReadOnlyList<MemberView> Participants { get; private set; } = [];

    /// <summary>Guesses I made that were far off.</summary>
    public IReadOnlyList<BlindSpot> MyGuesses { get; private set; } = [];

    /// <summary>Guesses others made about me that were far off.</summary>
    public IReadOnlyList<BlindSpot> AboutMe { get; private set; } = [];

    public IReadOnlyList<GuessingSummary> Summaries { get; private set; } = [];

    public bool AnyGuesses { get; private set; }

    public bool IGuessed { get; private set; }

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

        var revealed = await Rounds.RevealedAsync(Circle, Round);
        Participants = [.. Circle.Members.Where(m => revealed.Answers.ContainsKey(m.MembershipId))];
        var review = new PredictionReview(revealed.Catalogue, revealed.Answers, revealed.Guesses);
        var me = Circle.Me.MembershipId;
        var mine = review.BlindSpotsFor(me);
        MyGuesses = [.. mine.Where(b => b.Predictor == me)];
        AboutMe = [.. mine.Where(b => b.Subject == me)];
        AnyGuesses = review.AnyPredictions;

        var accuracies = review.Accuracies();
        Summaries = [.. Participants.Select(member =>
        {
            var own = accuracies.Where(a => a.Predictor == member.MembershipId).ToList();
            return new GuessingSummary(member, own.Sum(a => a.Made), own.Sum(a => a.Scored), own.Sum(a => a.WithinOneStep), own.Sum(a => a.BlindSpots));
        })];
        IGuessed = Summaries.Any(s => s.Member.IsYou && s.Made > 0);
        return Page();
    }

    public string NameOf(Guid membershipId) =>
        Participants.FirstOrDefault(m => m.MembershipId == membershipId)?.DisplayName ?? string.Empty;

    public GuideChoice? GuideFor(BlindSpot spot)
    {
        ArgumentNullException.ThrowIfNull(spot);
        return content.Guides.ForBlindSpot(spot.Behaviour.Id, spot.Behaviour.CategoryId, spot.Predicted, spot.Actual);
    }
}
