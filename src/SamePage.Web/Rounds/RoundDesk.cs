using Microsoft.EntityFrameworkCore;
using SamePage.Core.Comparisons;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Content;

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
public sealed class RoundDesk(SamePageDb db, ISealer sealer, ContentLibrary content)
{
    private const int SaveAttempts = 6;

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

    public async Task<AnswerSheet> SheetAsync(Round round, Guid membershipId)
    {
        var response = await db.RoundResponses.AsNoTracking()
            .FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
        return response is null ? new AnswerSheet() : Unseal(response);
    }

    /// <summary>Merges answers into the member's private draft. Concurrent saves (two tabs) are merged, never lost.</summary>
    public async Task<(SaveOutcome Outcome, AnswerSheet Sheet)> SaveAsync(Round round, Guid membershipId, IReadOnlyDictionary<string, Stance> answers, string? category)
    {
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
            var sheet = response is null ? new AnswerSheet() : Unseal(response);
            foreach (var (behaviourId, stance) in answers)
            {
                if (content.Catalogue.Find(behaviourId) is not null)
                {
                    sheet.Answers[behaviourId] = stance;
                }
            }

            if (category is not null && content.Catalogue.FindCategory(category) is not null)
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

            response.SealedAnswers = sealer.Seal(SealedField.RoundAnswers, response.Id, sheet.ToJson());
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

        var response = await db.RoundResponses.FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
        if (response is null || !Unseal(response).IsComplete(content.Catalogue))
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
        var state = await StateAsync(round);
        if (state.Phase != RoundPhase.Revealed)
        {
            throw new InvalidOperationException("A round is compared only after it is revealed.");
        }

        // In seat order, so pairs and columns read the same way on every page and for everyone.
        var responses = await db.RoundResponses.AsNoTracking()
            .Where(x => x.RoundId == round.Id && x.Submitted)
            .OrderBy(x => x.Membership.Seat)
            .ToListAsync();
        var answers = responses
            .Where(x => state.Members.Contains(x.MembershipId))
            .ToDictionary(x => x.MembershipId, x => (IReadOnlyDictionary<string, Stance>)Unseal(x).Answers);
        return new RoundComparison(content.Catalogue, answers);
    }

    private async Task MarkRevealedAsync(Round round)
    {
        await db.Rounds.Where(r => r.Id == round.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Revealed, true));
        round.Revealed = true;
    }

    private AnswerSheet Unseal(RoundResponse response) =>
        AnswerSheet.FromJson(sealer.Unseal(SealedField.RoundAnswers, response.Id, response.SealedAnswers));
}
