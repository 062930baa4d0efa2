using Microsoft.EntityFrameworkCore;
using SamePage.Core.Catalogue;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Web.Circles;
using SamePage.Web.Content;

namespace SamePage.Web.Rounds;

/// <summary>A behaviour the circle added, as its members see it.</summary>
public sealed record CustomBehaviourView(Guid Id, Behaviour Behaviour, int FromRound, bool AddedByYou, bool CanRemove);

/// <summary>
/// The catalogue each round of a circle asks: the shipped content plus the behaviours the circle
/// added (sealed like answers), each from the first round nobody had yet submitted when it was added.
/// </summary>
public sealed class CircleCatalogue(SamePageDb db, ISealer sealer, ContentLibrary content)
{
    private readonly Dictionary<Guid, List<(CustomBehaviour Row, Behaviour Behaviour)>> _byCircle = [];

    public async Task<BehaviourCatalogue> ForRoundAsync(CircleView circle, int roundNumber)
    {
        var custom = await LoadAsync(circle);
        return CustomBehaviours.Extend(content.Catalogue, custom.Where(c => c.Row.FromRound <= roundNumber).Select(c => c.Behaviour));
    }

    public async Task<IReadOnlyList<CustomBehaviourView>> ListAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var me = circle.Me.MembershipId;
        var custom = await LoadAsync(circle);
        var answeredRounds = await RoundsWithSubmissionsAsync(circle.Id);
        return [.. custom
            .OrderBy(c => c.Row.FromRound)
            .ThenBy(c => content.Catalogue.PageOf(c.Behaviour.CategoryId))
            .Select(c => new CustomBehaviourView(
                c.Row.Id,
                c.Behaviour,
                c.Row.FromRound,
                c.Row.AddedByMembershipId == me,
                c.Row.AddedByMembershipId == me && !answeredRounds.Any(n => n >= c.Row.FromRound)))];
    }

    /// <summary>
    /// Adds a checked behaviour if the circle has room for it (Core's caps); returns the number of the
    /// first round that asks it, or why there is no room.
    /// </summary>
    public async Task<(int FromRound, CustomBehaviourRoom Room)> AddAsync(CircleView circle, CustomBehaviourText text)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(text);
        var (circleId, me) = (circle.Id, circle.Me.MembershipId);
        var latest = await db.Rounds.AsNoTracking().Where(r => r.CircleId == circleId).OrderByDescending(r => r.Number).FirstOrDefaultAsync();
        var submitted = latest is null ? 0 : await db.RoundResponses.CountAsync(x => x.RoundId == latest.Id && x.Submitted);
        var fromRound = CustomBehaviours.FirstRoundFor(latest?.Number ?? 1, latest?.Revealed ?? false, submitted);

        var fromRounds = await db.CustomBehaviours.Where(c => c.CircleId == circleId).Select(c => c.FromRound).ToListAsync();
        var room = CustomBehaviours.RoomFor(fromRounds.Count, fromRounds.Count(n => n == fromRound));
        if (room != CustomBehaviourRoom.Room)
        {
            return (fromRound, room);
        }

        var position = fromRounds.Count + 1;
        var row = new CustomBehaviour { Id = Guid.NewGuid(), CircleId = circleId, AddedByMembershipId = me, FromRound = fromRound, Position = position, SealedContent = [] };
        row.SealedContent = sealer.Seal(RoundDocuments.CustomBehaviour, circle.Key, row.Id, new CustomBehaviourDocument(text.Label, text.CategoryId, text.Clarification));
        db.CustomBehaviours.Add(row);
        await db.SaveChangesAsync();
        _byCircle.Remove(circleId);
        return (fromRound, room);
    }

    /// <summary>Takes back a behaviour its author added, as long as nobody has submitted a round that asks it.</summary>
    public async Task<bool> RemoveAsync(CircleView circle, Guid id)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var circleId = circle.Id;
        var view = (await ListAsync(circle)).FirstOrDefault(v => v.Id == id);
        if (view is not { CanRemove: true })
        {
            return false;
        }

        await db.CustomBehaviours.Where(c => c.Id == id && c.CircleId == circleId).ExecuteDeleteAsync();
        _byCircle.Remove(circleId);
        return true;
    }

    private async Task<List<int>> RoundsWithSubmissionsAsync(Guid circleId) =>
        await db.RoundResponses.Where(x => x.Round.CircleId == circleId && x.Submitted).Select(x => x.Round.Number).Distinct().ToListAsync();

    private async Task<List<(CustomBehaviour Row, Behaviour Behaviour)>> LoadAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        if (_byCircle.TryGetValue(circle.Id, out var cached))
        {
            return cached;
        }

        var rows = await db.CustomBehaviours.AsNoTracking().Where(c => c.CircleId == circle.Id).ToListAsync();
        var loaded = rows
            .Select(row => (row, sealed_: sealer.Open(RoundDocuments.CustomBehaviour, circle.Key, row.Id, row.SealedContent)))
            .OrderBy(x => x.row.FromRound)
            .ThenBy(x => x.row.Position)
            .ThenBy(x => x.row.Id)
            .Select(x => (x.row, new Behaviour(CustomBehaviours.IdFor(x.row.Id), x.sealed_.Category, x.sealed_.Label, x.sealed_.Clarification, Autonomy: false, Custom: true)))
            .ToList();
        _byCircle[circle.Id] = loaded;
        return loaded;
    }
}
