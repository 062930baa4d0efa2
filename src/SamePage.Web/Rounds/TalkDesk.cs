using Microsoft.EntityFrameworkCore;
using SamePage.Core.Comparisons;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;

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
public sealed class TalkDesk(SamePageDb db, ISealer sealer)
{
    public async Task<TalkedAbout> TalkedAsync(CircleView circle, Round round)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(round);
        var row = await db.RoundTalks.AsNoTracking().FirstOrDefaultAsync(t => t.RoundId == round.Id);
        return row is null ? new TalkedAbout() : Open(circle.Key, row);
    }

    /// <summary>Marks a topic as talked about (or takes the mark back). The caller has checked that the member took part in the revealed round.</summary>
    public async Task<(TalkMarkOutcome Outcome, TalkedAbout Talked)> MarkAsync(CircleView circle, Round round, TalkTopic topic, bool talked)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(round);
        return await db.RetryAsync(
            async () =>
            {
                // Someone else's mark saved first (a new document, or a newer version) means this runs again on top of theirs.
                var row = await db.RoundTalks.FirstOrDefaultAsync(t => t.RoundId == round.Id);
                var marks = row is null ? new TalkedAbout() : Open(circle.Key, row);
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

                row.SealedTopics = sealer.Seal(RoundDocuments.TalkedAbout, circle.Key, round.Id, marks);
                await db.SaveChangesAsync();
                return (TalkMarkOutcome.Saved, marks);
            },
            async () => (TalkMarkOutcome.Busy, await TalkedAsync(circle, round)));
    }

    private TalkedAbout Open(SealingKey key, RoundTalk row) => sealer.Open(RoundDocuments.TalkedAbout, key, row.RoundId, row.SealedTopics);
}
