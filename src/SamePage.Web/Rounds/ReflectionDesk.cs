using Microsoft.EntityFrameworkCore;
using SamePage.Core.Reflections;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;

namespace SamePage.Web.Rounds;

public enum JournalSaveOutcome
{
    /// <summary>Everything that could be kept was kept (see the problems for prompts that were not).</summary>
    Saved,

    /// <summary>The member is not (or no longer) in this round.</summary>
    NotInRound,

    /// <summary>Many saves of the same journal raced and this one kept losing; nothing was written.</summary>
    Busy,
}

public enum PromptProblem
{
    None,

    /// <summary>Over <see cref="ReflectionText.MaxLength"/> characters: not saved, nor its sharing choice.</summary>
    TooLong,

    /// <summary>Saved meanwhile from another tab or device than the form that was posted: not overwritten.</summary>
    ChangedElsewhere,
}

/// <summary>What a journal form posts.</summary>
/// <param name="Answers">The text per prompt.</param>
/// <param name="Bases">Per prompt, the <see cref="Journal.Fingerprint"/> of the text the form showed; missing means it showed nothing.</param>
/// <param name="Share">The prompts ticked for sharing; null when the form offered no sharing choice.</param>
public sealed record JournalEdit(
    IReadOnlyDictionary<string, string?> Answers,
    IReadOnlyDictionary<string, string?> Bases,
    IReadOnlySet<string>? Share);

public sealed record JournalSave(
    JournalSaveOutcome Outcome,
    Journal Journal,
    IReadOnlyDictionary<string, PromptProblem> Problems,
    bool SharingRefused);

/// <summary>One answer someone chose to share, as the other participants of the round see it.</summary>
public sealed record SharedReflection(Guid MembershipId, string Prompt, string Text);

/// <summary>
/// Where the private journals of rounds are kept. A journal is read only for its author (the signed-in
/// member of the circle view; there is no way to ask for anyone else's). The answers a member chooses
/// to share, after the reveal, are kept as a separate sealed copy holding only those answers' current
/// text, and that copy is all that is ever read for the others.
/// </summary>
public sealed class ReflectionDesk(SamePageDb db, ISealer sealer, KeyRing keys, RoundDesk rounds)
{
    /// <summary>The signed-in member's own journal for the round (empty if nothing was written yet).</summary>
    public async Task<Journal> OwnAsync(CircleView circle, Round round)
    {
        EnsureSameCircle(circle, round);
        var reflection = await db.Reflections.AsNoTracking()
            .FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == circle.Me.MembershipId);
        return reflection is null ? new Journal() : OpenPrivate(reflection);
    }

    /// <summary>
    /// Keeps the signed-in member's changes. An answer changed meanwhile elsewhere (another tab) is not
    /// overwritten, an answer over the limit is not kept, and sharing changes only after the reveal,
    /// for someone who took part. Concurrent saves are retried on top of each other, never lost.
    /// </summary>
    public async Task<JournalSave> SaveAsync(CircleView circle, Round round, JournalEdit edit)
    {
        EnsureSameCircle(circle, round);
        var me = circle.Me.MembershipId;
        var state = await rounds.StateAsync(circle, round);
        if (!state.Members.Contains(me))
        {
            return new JournalSave(JournalSaveOutcome.NotInRound, new Journal(), new Dictionary<string, PromptProblem>(), false);
        }

        return await db.RetryAsync(
            async () =>
            {
                // Another save of the same journal winning the race means this edit is applied again on top of it.
                var reflection = await db.Reflections.FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == me);
                var journal = reflection is null ? new Journal() : OpenPrivate(reflection);
                var (changed, problems) = ApplyAnswers(journal, edit);
                var (sharingChanged, sharingRefused) = ApplySharing(journal, edit, problems, CanShare(state, me));
                if (!changed && !sharingChanged)
                {
                    return new JournalSave(JournalSaveOutcome.Saved, journal, problems, sharingRefused);
                }

                if (reflection is null)
                {
                    reflection = new Reflection { Id = Guid.NewGuid(), RoundId = round.Id, MembershipId = me, SealedPrivate = [] };
                    db.Reflections.Add(reflection);
                }
                else
                {
                    reflection.Version++;
                }

                // The journal itself is sealed with the author's own key; only what they chose to share, with the circle's.
                reflection.SealedPrivate = sealer.Seal(RoundDocuments.PrivateJournal, keys.Personal, reflection.Id, journal);
                var shared = journal.SharedAnswers();
                reflection.SealedShared = shared.Count == 0
                    ? null
                    : sealer.Seal(RoundDocuments.SharedJournal, circle.Key, reflection.Id, shared);
                await db.SaveChangesAsync();
                return new JournalSave(JournalSaveOutcome.Saved, journal, problems, sharingRefused);
            },
            async () => new JournalSave(JournalSaveOutcome.Busy, await OwnAsync(circle, round), new Dictionary<string, PromptProblem>(), false));
    }

    /// <summary>
    /// The answers shared in a revealed round by those who took part and are still in the circle, in
    /// seat order then prompt order; the viewer's own included. Only the shared copies are read.
    /// </summary>
    public async Task<IReadOnlyList<SharedReflection>> SharedAsync(CircleView circle, Round round)
    {
        EnsureSameCircle(circle, round);
        var state = await rounds.StateAsync(circle, round);
        if (!CanShare(state, circle.Me.MembershipId))
        {
            throw new InvalidOperationException("Shared reflections are read only after the reveal, by those who took part.");
        }

        var rows = await db.Reflections.AsNoTracking()
            .Where(x => x.RoundId == round.Id && x.SealedShared != null)
            .OrderBy(x => x.Membership.Seat)
            .Select(x => new { x.Id, x.MembershipId, x.SealedShared })
            .ToListAsync();
        var shared = new List<SharedReflection>();
        foreach (var row in rows.Where(r => state.Members.Contains(r.MembershipId)))
        {
            var answers = sealer.Open(RoundDocuments.SharedJournal, circle.Key, row.Id, row.SealedShared!);
            shared.AddRange(ReflectionPrompts.All
                .Where(p => answers.TryGetValue(p, out var text) && text.Length > 0)
                .Select(p => new SharedReflection(row.MembershipId, p, answers[p])));
        }

        return shared;
    }

    /// <summary>Sharing opens at the reveal, for those who took part.</summary>
    public static bool CanShare(RoundState state, Guid membershipId) =>
        state.Phase == RoundPhase.Revealed && state.Members.Contains(membershipId);

    private static (bool Changed, Dictionary<string, PromptProblem> Problems) ApplyAnswers(Journal journal, JournalEdit edit)
    {
        var changed = false;
        var problems = new Dictionary<string, PromptProblem>(StringComparer.Ordinal);
        foreach (var prompt in ReflectionPrompts.All)
        {
            if (!edit.Answers.TryGetValue(prompt, out var posted))
            {
                continue;
            }

            var text = ReflectionText.Normalize(posted);
            var based = edit.Bases.GetValueOrDefault(prompt) ?? Journal.Fingerprint(string.Empty);
            var saved = journal.Text(prompt);
            if (text == saved || Journal.Fingerprint(text) == based)
            {
                // Nothing new, or not changed in this form (another tab may have changed it since: that stays).
                continue;
            }

            if (based != Journal.Fingerprint(saved))
            {
                problems[prompt] = PromptProblem.ChangedElsewhere;
            }
            else if (ReflectionText.Check(text) != ReflectionProblem.None)
            {
                problems[prompt] = PromptProblem.TooLong;
            }
            else
            {
                journal.Write(prompt, text);
                changed = true;
            }
        }

        return (changed, problems);
    }

    private static (bool Changed, bool Refused) ApplySharing(Journal journal, JournalEdit edit, Dictionary<string, PromptProblem> problems, bool canShare)
    {
        // Only answers with text can be shared; an emptied answer stops being shared.
        var before = journal.Shared.Where(journal.IsShared).ToHashSet(StringComparer.Ordinal);
        var wanted = before;
        if (edit.Share is not null)
        {
            // A prompt whose text was not kept keeps its sharing as it was: nothing is saved for it.
            wanted = [.. ReflectionPrompts.All.Where(p => problems.ContainsKey(p) ? before.Contains(p) : edit.Share.Contains(p) && journal.Text(p).Length > 0)];
        }

        var refused = false;
        if (!wanted.SetEquals(before) && !canShare)
        {
            (wanted, refused) = (before, true);
        }

        var changed = !wanted.SetEquals(journal.Shared);
        if (changed)
        {
            journal.Shared.Clear();
            journal.Shared.UnionWith(wanted);
        }

        return (changed, refused);
    }

    private static void EnsureSameCircle(CircleView circle, Round round)
    {
        if (round.CircleId != circle.Id)
        {
            throw new InvalidOperationException("The round belongs to another circle.");
        }
    }

    private Journal OpenPrivate(Reflection reflection) =>
        sealer.Open(RoundDocuments.PrivateJournal, keys.Personal, reflection.Id, reflection.SealedPrivate);
}
