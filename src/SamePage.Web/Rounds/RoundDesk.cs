using Microsoft.EntityFrameworkCore;
using SamePage.Core.Comparisons;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Core.Catalogue;
using SamePage.Core.Styles;

using SamePage.Web.Accounts;
using SamePage.Web.Content;
using SamePage.Web.Push;

namespace SamePage.Web.Rounds;

public enum SaveOutcome
{
    Saved,
    AlreadySubmitted,
    Revealed,

    /// <summary>Many saves of the same draft raced and this one kept losing; nothing was written.</summary>
    Busy,
}

public enum SubmitResult
{
    Submitted,
    Incomplete,
    AlreadySubmitted,
    Revealed,
}

/// <summary>
/// Where rounds are run: drafts saved and sealed, submissions recorded, and the reveal made once the
/// Core rules say every current member has submitted. Nothing here returns another member's answers
/// before the reveal.
/// </summary>
public sealed class RoundDesk(SamePageDb db, ISealer sealer, KeyRing keys, CircleCatalogue catalogues, ContentLibrary content, IPushNotifier notifier)
{
    private const int SaveAttempts = 6;

    /// <summary>The page name a draft remembers for "How I connect", beside the category ids.</summary>
    public const string StylePage = "how-i-connect";

    public async Task<Round> LatestAsync(Guid circleId)
    {
        var latest = await db.Rounds.Where(r => r.CircleId == circleId).OrderByDescending(r => r.Number).FirstOrDefaultAsync();
        if (latest is not null)
        {
            return latest;
        }

        var first = new Round { Id = Guid.NewGuid(), CircleId = circleId, Number = 1 };
        db.Rounds.Add(first);
        await db.SaveChangesAsync();
        return first;
    }

    public Task<Round?> FindAsync(Guid circleId, int number) =>
        db.Rounds.FirstOrDefaultAsync(r => r.CircleId == circleId && r.Number == number);

    /// <summary>The round's state under the Core rules; reveals it for good if it has become complete.</summary>
    public async Task<RoundState> StateAsync(Round round)
    {
        var members = await db.Memberships.Where(m => m.CircleId == round.CircleId).Select(m => m.Id).ToListAsync();
        var submitted = await db.RoundResponses.Where(x => x.RoundId == round.Id && x.Submitted).Select(x => x.MembershipId).ToListAsync();
        if (round.Revealed)
        {
            // After the reveal, the round belongs to those who took part and are still here.
            var participants = submitted.Where(members.Contains).ToList();
            return RoundState.Restore(participants, participants, revealed: true);
        }

        var state = RoundState.Restore(members, submitted, revealed: false);
        if (state.Phase == RoundPhase.Revealed)
        {
            await MarkRevealedAsync(round);
        }

        return state;
    }

    /// <summary>The behaviours this round asks: the shipped catalogue and the circle's own.</summary>
    public Task<BehaviourCatalogue> CatalogueAsync(Round round) => catalogues.ForRoundAsync(round.CircleId, round.Number);

    /// <summary>The member's draft; a member new to a revisit starts from their answers in the last round they submitted.</summary>
    public async Task<AnswerSheet> SheetAsync(Round round, Guid membershipId)
    {
        var response = await db.RoundResponses.AsNoTracking()
            .FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
        return response is null ? await SeedAsync(round, membershipId) : Unseal(await keys.CircleAsync(round.CircleId), response);
    }

    /// <summary>Merges answers into the member's private draft. Concurrent saves (two tabs) are merged, never lost.</summary>
    public async Task<(SaveOutcome Outcome, AnswerSheet Sheet)> SaveAsync(Round round, Guid membershipId, DraftChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var key = await keys.CircleAsync(round.CircleId);
        var catalogue = await CatalogueAsync(round);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var state = await StateAsync(round);
            if (!state.CanEdit(membershipId))
            {
                var sheetNow = await SheetAsync(round, membershipId);
                return (state.Phase == RoundPhase.Revealed ? SaveOutcome.Revealed : SaveOutcome.AlreadySubmitted, sheetNow);
            }

            var response = await db.RoundResponses.FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
            var sheet = response is null ? await SeedAsync(round, membershipId) : Unseal(key, response);
            foreach (var (behaviourId, stance) in changes.Answers)
            {
                if (catalogue.Find(behaviourId) is not null)
                {
                    sheet.Answers[behaviourId] = stance;
                }
            }

            foreach (var ((behaviourId, member), stance) in changes.Guesses)
            {
                // Guesses are about the other members of the circle, never about oneself.
                if (catalogue.Find(behaviourId) is not null && member != membershipId && state.Members.Contains(member))
                {
                    sheet.SetGuess(behaviourId, member, stance);
                }
            }

            foreach (var (itemId, step) in changes.Styles ?? new Dictionary<string, int?>())
            {
                // "How I connect" is optional: a step sets an answer, null takes it back.
                if (content.Styles.Find(itemId) is null)
                {
                    continue;
                }

                if (step is { } value && StyleBook.IsStep(value))
                {
                    sheet.Styles[itemId] = value;
                }
                else if (step is null)
                {
                    sheet.Styles.Remove(itemId);
                }
            }

            if (changes.Category is { } category && (catalogue.FindCategory(category) is not null || category == StylePage))
            {
                sheet.LastCategory = category;
            }

            if (response is null)
            {
                response = new RoundResponse { Id = Guid.NewGuid(), RoundId = round.Id, MembershipId = membershipId, SealedAnswers = [] };
                db.RoundResponses.Add(response);
            }
            else
            {
                response.Version++;
            }

            response.SealedAnswers = sealer.Seal(key, SealedField.RoundAnswers, response.Id, sheet.ToJson());
            try
            {
                await db.SaveChangesAsync();
                return (SaveOutcome.Saved, sheet);
            }
            catch (DbUpdateException)
            {
                // Another save of the same draft won the race; read it again and merge on top.
                if (attempt >= SaveAttempts)
                {
                    db.ChangeTracker.Clear();
                    return (SaveOutcome.Busy, await SheetAsync(round, membershipId));
                }

                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
        }
    }

    public async Task<SubmitResult> SubmitAsync(Round round, Guid membershipId)
    {
        var state = await StateAsync(round);
        if (state.Phase == RoundPhase.Revealed)
        {
            return state.HasSubmitted(membershipId) ? SubmitResult.AlreadySubmitted : SubmitResult.Revealed;
        }

        var catalogue = await CatalogueAsync(round);
        var key = await keys.CircleAsync(round.CircleId);
        var response = await db.RoundResponses.FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
        if (response is null)
        {
            // A revisit submitted unchanged: the draft carried over from the last round is the answer.
            var seed = await SeedAsync(round, membershipId);
            if (!seed.IsComplete(catalogue))
            {
                return SubmitResult.Incomplete;
            }

            response = new RoundResponse { Id = Guid.NewGuid(), RoundId = round.Id, MembershipId = membershipId, SealedAnswers = [] };
            response.SealedAnswers = sealer.Seal(key, SealedField.RoundAnswers, response.Id, seed.ToJson());
            db.RoundResponses.Add(response);
        }
        else if (!Unseal(key, response).IsComplete(catalogue))
        {
            return SubmitResult.Incomplete;
        }

        var outcome = state.Submit(membershipId);
        if (outcome != SubmitOutcome.Submitted)
        {
            return outcome == SubmitOutcome.AlreadySubmitted ? SubmitResult.AlreadySubmitted : SubmitResult.Revealed;
        }

        response.Submitted = true;
        response.Version++;
        if (state.Phase == RoundPhase.Revealed)
        {
            round.Revealed = true;
        }

        await db.SaveChangesAsync();
        if (round.Revealed && !await Demo.DemoDeletion.IsDemoAsync(db, round.CircleId))
        {
            Infrastructure.Metrics.RoundsRevealed.Add(1);
        }

        notifier.SomethingNew(round.CircleId, membershipId);
        return SubmitResult.Submitted;
    }

    /// <summary>After someone leaves: open rounds stop waiting for them and may be revealed.</summary>
    public async Task SettleAsync(Guid circleId)
    {
        var open = await db.Rounds.Where(r => r.CircleId == circleId && !r.Revealed).ToListAsync();
        foreach (var round in open)
        {
            await StateAsync(round);
        }
    }

    /// <summary>Starts the next round once the latest has been revealed; otherwise returns the open one.</summary>
    public async Task<Round> StartNextAsync(Guid circleId)
    {
        var latest = await LatestAsync(circleId);
        if (!latest.Revealed)
        {
            return latest;
        }

        var next = new Round { Id = Guid.NewGuid(), CircleId = circleId, Number = latest.Number + 1 };
        db.Rounds.Add(next);
        try
        {
            await db.SaveChangesAsync();
            return next;
        }
        catch (DbUpdateException)
        {
            // Another member started it at the same moment.
            db.ChangeTracker.Clear();
            return (await FindAsync(circleId, latest.Number + 1))!;
        }
    }

    /// <summary>The comparison of a revealed round, among those who took part. Throws if not revealed.</summary>
    public async Task<RoundComparison> CompareAsync(Round round)
    {
        var revealed = await RevealedAsync(round);
        return new RoundComparison(revealed.Catalogue, revealed.Answers);
    }

    /// <summary>
    /// Everything a revealed round holds for those who took part and are still here: their answers and
    /// their guesses about each other, in seat order. Throws if the round is not revealed.
    /// </summary>
    public async Task<RevealedRound> RevealedAsync(Round round)
    {
        var state = await StateAsync(round);
        if (state.Phase != RoundPhase.Revealed)
        {
            throw new InvalidOperationException("A round is opened to the circle only after it is revealed.");
        }

        // In seat order, so pairs and columns read the same way on every page and for everyone.
        var key = await keys.CircleAsync(round.CircleId);
        var responses = await db.RoundResponses.AsNoTracking()
            .Where(x => x.RoundId == round.Id && x.Submitted)
            .OrderBy(x => x.Membership.Seat)
            .ToListAsync();
        var sheets = responses
            .Where(x => state.Members.Contains(x.MembershipId))
            .Select(x => (x.MembershipId, Sheet: Unseal(key, x)))
            .ToList();
        return new RevealedRound(
            round,
            await CatalogueAsync(round),
            sheets.ToDictionary(x => x.MembershipId, x => (IReadOnlyDictionary<string, Stance>)x.Sheet.Answers),
            sheets.ToDictionary(x => x.MembershipId, x => x.Sheet.GuessesView()),
            sheets.ToDictionary(x => x.MembershipId, x => (IReadOnlyDictionary<string, int>)x.Sheet.Styles));
    }

    /// <summary>What changed since the latest revealed round before this one, among those who took part in both; null if there is none.</summary>
    public async Task<(Round Previous, RoundChanges Changes)?> ChangesAsync(Round round)
    {
        var previous = await PreviousRevealedAsync(round);
        if (previous is null)
        {
            return null;
        }

        var now = await RevealedAsync(round);
        var before = await RevealedAsync(previous);
        return (previous, RoundChanges.Between(now.Catalogue, before.Answers, now.Answers));
    }

    /// <summary>The numbers of the revealed rounds a member took part in, newest first.</summary>
    public Task<List<int>> RoundsTakenPartInAsync(Guid circleId, Guid membershipId) =>
        db.RoundResponses.AsNoTracking()
            .Where(x => x.MembershipId == membershipId && x.Submitted && x.Round.CircleId == circleId && x.Round.Revealed)
            .Select(x => x.Round.Number)
            .OrderByDescending(n => n)
            .ToListAsync();

    /// <summary>The latest revealed round before this one, or null.</summary>
    public Task<Round?> PreviousRevealedAsync(Round round) =>
        db.Rounds.AsNoTracking()
            .Where(r => r.CircleId == round.CircleId && r.Number < round.Number && r.Revealed)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync();

    private async Task MarkRevealedAsync(Round round)
    {
        if (await db.Rounds.Where(r => r.Id == round.Id && !r.Revealed).ExecuteUpdateAsync(s => s.SetProperty(r => r.Revealed, true)) == 1)
        {
            Infrastructure.Metrics.RoundsRevealed.Add(1);
        }

        round.Revealed = true;
    }

    /// <summary>A fresh draft: in a revisit, the member's answers from the last round they submitted, to edit.</summary>
    private async Task<AnswerSheet> SeedAsync(Round round, Guid membershipId)
    {
        if (round.Number == 1)
        {
            return new AnswerSheet();
        }

        var earlier = await db.RoundResponses.AsNoTracking()
            .Where(x => x.MembershipId == membershipId && x.Submitted && x.Round.CircleId == round.CircleId && x.Round.Number < round.Number)
            .OrderByDescending(x => x.Round.Number)
            .Select(x => new { Response = x, x.Round.Number })
            .FirstOrDefaultAsync();
        if (earlier is null)
        {
            return new AnswerSheet();
        }

        var catalogue = await CatalogueAsync(round);
        var sheet = new AnswerSheet { CarriedFromRound = earlier.Number };
        var before = Unseal(await keys.CircleAsync(round.CircleId), earlier.Response);
        foreach (var (behaviourId, stance) in before.Answers)
        {
            if (catalogue.Find(behaviourId) is not null)
            {
                sheet.Answers[behaviourId] = stance;
            }
        }

        foreach (var (itemId, step) in before.Styles)
        {
            if (content.Styles.Find(itemId) is not null)
            {
                sheet.Styles[itemId] = step;
            }
        }

        return sheet;
    }

    private AnswerSheet Unseal(SealingKey key, RoundResponse response) =>
        AnswerSheet.FromJson(sealer.Unseal(key, SealedField.RoundAnswers, response.Id, response.SealedAnswers));
}

/// <summary>What one save of a draft changes: answers, guesses (null clears one) and the page it came from.</summary>
public sealed record DraftChanges(
    IReadOnlyDictionary<string, Stance> Answers,
    IReadOnlyDictionary<(string BehaviourId, Guid Member), Stance?> Guesses,
    string? Category,
    IReadOnlyDictionary<string, int?>? Styles = null)
{
    public static DraftChanges OnlyAnswers(IReadOnlyDictionary<string, Stance> answers, string? category = null) =>
        new(answers, new Dictionary<(string, Guid), Stance?>(), category);
}

/// <summary>A revealed round as its participants may see it: the catalogue it asked, everyone's answers, guesses and ways of connecting.</summary>
public sealed record RevealedRound(
    Round Round,
    BehaviourCatalogue Catalogue,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> Answers,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>> Guesses,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>> Styles);
