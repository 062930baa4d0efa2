using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Comparisons;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;

namespace SamePage.Web.Rounds;

public enum TalkMarkOutcome
{
    Saved,

    /// <summary>Many marks of the same round raced and this one kept losing; nothing was written.</summary>
    Busy,
}

/// <summary>
/// Where a revealed round's "we talked about this" marks are kept: one document per round, sealed under
/// the circle key, shared by everyone who took part. Two members marking at once both keep their mark:
/// a save that loses the race reads the document again and applies its change on top.
/// </summary>
public sealed class TalkDesk(SamePageDb db, ISealer sealer, KeyRing keys)
{
    private const int SaveAttempts = 6;

    public async Task<TalkedAbout> TalkedAsync(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var row = await db.RoundTalks.AsNoTracking().FirstOrDefaultAsync(t => t.RoundId == round.Id);
        return row is null ? new TalkedAbout() : Unseal(await keys.CircleAsync(round.CircleId), row);
    }

    /// <summary>Marks a topic as talked about (or takes the mark back). The caller has checked that the member took part in the revealed round.</summary>
    public async Task<(TalkMarkOutcome Outcome, TalkedAbout Talked)> MarkAsync(Round round, TalkTopic topic, bool talked)
    {
        ArgumentNullException.ThrowIfNull(round);
        var key = await keys.CircleAsync(round.CircleId);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var row = await db.RoundTalks.FirstOrDefaultAsync(t => t.RoundId == round.Id);
            var marks = row is null ? new TalkedAbout() : Unseal(key, row);
            var changed = talked ? marks.Mark(topic) : marks.Unmark(topic);
            if (!changed)
            {
                return (TalkMarkOutcome.Saved, marks);
            }

            if (row is null)
            {
                row = new RoundTalk { RoundId = round.Id, SealedTopics = [] };
                db.RoundTalks.Add(row);
            }
            else
            {
                row.Version++;
            }

            row.SealedTopics = sealer.Seal(key, SealedField.TalkedAbout, round.Id, ToJson(marks));
            try
            {
                await db.SaveChangesAsync();
                return (TalkMarkOutcome.Saved, marks);
            }
            catch (DbUpdateException)
            {
                // Someone else's mark was saved first (a new document, or a newer version): read it again and add this one on top.
                if (attempt >= SaveAttempts)
                {
                    db.ChangeTracker.Clear();
                    return (TalkMarkOutcome.Busy, await TalkedAsync(round));
                }

                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
        }
    }

    // The sealed document: a list of topics, each a behaviour and the pair's two membership ids.
    private sealed record TopicJson(string B, Guid F, Guid S);

    private static string ToJson(TalkedAbout marks) =>
        JsonSerializer.Serialize(marks.Topics.OrderBy(t => t.BehaviourId, StringComparer.Ordinal).ThenBy(t => t.First).ThenBy(t => t.Second).Select(t => new TopicJson(t.BehaviourId, t.First, t.Second)));

    private TalkedAbout Unseal(SealingKey key, RoundTalk row)
    {
        var topics = JsonSerializer.Deserialize<List<TopicJson>>(sealer.Unseal(key, SealedField.TalkedAbout, row.RoundId, row.SealedTopics)) ?? [];
        return new TalkedAbout(topics.Select(t => new TalkTopic(t.B, t.F, t.S)));
    }
}
