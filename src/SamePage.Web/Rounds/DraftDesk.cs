using Microsoft.EntityFrameworkCore;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Infrastructure;
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
/// A member's draft in an open round: each save merged under Core's rules and sealed, then submitted;
/// the submission that completes the round reveals it (Core's transition, stored here).
/// </summary>
public sealed class DraftDesk(SamePageDb db, ISealer sealer, RoundDesk rounds, ContentLibrary content, IPushNotifier notifier, SaveTurns turns)
{
    /// <summary>
    /// Merges answers into the member's private draft (Core's rules of a save). Concurrent saves (two
    /// tabs) are merged, never lost: on this node they take turns (<see cref="SaveTurns"/>), across
    /// nodes the row version retries the loser.
    /// </summary>
    public async Task<(SaveOutcome Outcome, AnswerSheet Sheet)> SaveAsync(CircleView circle, Round round, Guid membershipId, DraftChanges changes)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(changes);
        var catalogue = await rounds.CatalogueAsync(circle, round);
        using var turn = await turns.TakeAsync(round.Id, membershipId);
        var retrying = false;
        return await db.RetryAsync(
            async () =>
            {
                if (retrying)
                {
                    // Someone else's write landed first: decide again on what is stored now.
                    rounds.Forget(round);
                }

                retrying = true;
                var state = await rounds.StateAsync(circle, round);
                if (!state.CanEdit(membershipId))
                {
                    return (state.Phase == RoundPhase.Revealed ? SaveOutcome.Revealed : SaveOutcome.AlreadySubmitted, await rounds.SheetAsync(circle, round, membershipId));
                }

                var response = await db.RoundResponses.FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
                var sheet = response is null ? await rounds.SeedAsync(circle, round, membershipId) : rounds.Open(circle.Key, response);
                sheet.Merge(changes, catalogue, content.Styles, membershipId, state.Members);
                if (response is null)
                {
                    response = new RoundResponse { Id = Guid.NewGuid(), RoundId = round.Id, MembershipId = membershipId, SealedAnswers = [] };
                    db.RoundResponses.Add(response);
                }
                else
                {
                    response.Version++;
                }

                response.SealedAnswers = sealer.Seal(RoundDocuments.Answers, circle.Key, response.Id, sheet);
                await db.SaveChangesAsync();
                return (SaveOutcome.Saved, sheet);
            },
            async () =>
            {
                rounds.Forget(round);
                return (SaveOutcome.Busy, await rounds.SheetAsync(circle, round, membershipId));
            });
    }

    public async Task<SubmitResult> SubmitAsync(CircleView circle, Round round, Guid membershipId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var state = await rounds.StateAsync(circle, round);
        if (state.Phase == RoundPhase.Revealed)
        {
            return state.HasSubmitted(membershipId) ? SubmitResult.AlreadySubmitted : SubmitResult.Revealed;
        }

        var catalogue = await rounds.CatalogueAsync(circle, round);
        var response = await db.RoundResponses.FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
        if (response is null)
        {
            // A revisit submitted unchanged: the draft carried over from the last round is the answer.
            var seed = await rounds.SeedAsync(circle, round, membershipId);
            if (!seed.IsComplete(catalogue))
            {
                return SubmitResult.Incomplete;
            }

            response = new RoundResponse { Id = Guid.NewGuid(), RoundId = round.Id, MembershipId = membershipId, SealedAnswers = [] };
            response.SealedAnswers = sealer.Seal(RoundDocuments.Answers, circle.Key, response.Id, seed);
            db.RoundResponses.Add(response);
        }
        else if (!rounds.Open(circle.Key, response).IsComplete(catalogue))
        {
            return SubmitResult.Incomplete;
        }

        var submission = state.Submit(membershipId);
        if (submission.Outcome != SubmitOutcome.Submitted)
        {
            return submission.Outcome == SubmitOutcome.AlreadySubmitted ? SubmitResult.AlreadySubmitted : SubmitResult.Revealed;
        }

        // Core decided; the desk stores what changed: the submission, and the reveal if it was the last one.
        response.Submitted = true;
        response.Version++;
        if (submission.Change.Revealed)
        {
            if (db.Entry(round).State == EntityState.Detached)
            {
                db.Rounds.Attach(round);
            }

            round.Revealed = true;
        }

        await db.SaveChangesAsync();
        if (submission.Change.Revealed && !circle.IsDemo)
        {
            Infrastructure.Metrics.RoundsRevealed.Add(1);
        }

        notifier.SomethingNew(round.CircleId, membershipId);
        return SubmitResult.Submitted;
    }
}
