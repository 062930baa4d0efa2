using Microsoft.EntityFrameworkCore;
using SamePage.Core.Comparisons;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;
using SamePage.Core.Catalogue;
using SamePage.Web.Circles;
using SamePage.Web.Content;

namespace SamePage.Web.Rounds;

/// <summary>
/// Where rounds are run: the rounds of a circle, each one's state under the Core rules (and the reveal
/// made once they say every current member has submitted), and what a revealed round opens to those
/// who took part. Nothing here returns another member's answers before the reveal. The desk lives for
/// one request and reads each round's state, and each revealed round's answers, once in it. Drafts
/// are saved and submitted at the <see cref="DraftDesk"/>.
/// </summary>
public sealed class RoundDesk(SamePageDb db, ISealer sealer, CircleCatalogue catalogues, ContentLibrary content)
{
    /// <summary>The page name a draft remembers for "How I connect", beside the category ids.</summary>
    public const string StylePage = AnswerSheet.StylePage;

    private readonly Dictionary<Guid, RoundState> _states = [];
    private readonly Dictionary<Guid, RevealedRound> _revealed = [];

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
    public Task<RoundState> StateAsync(Round round) => StateAsync(round, members: null, isDemo: null);

    /// <summary>The round's state, with the circle's current members as the member's open circle lists them (one query fewer).</summary>
    public Task<RoundState> StateAsync(CircleView circle, Round round)
    {
        ArgumentNullException.ThrowIfNull(circle);
        return StateAsync(round, [.. circle.Members.Select(m => m.MembershipId)], circle.IsDemo);
    }

    /// <summary>The behaviours this round asks: the shipped catalogue and the circle's own.</summary>
    public Task<BehaviourCatalogue> CatalogueAsync(CircleView circle, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return catalogues.ForRoundAsync(circle, round.Number);
    }

    /// <summary>The member's draft; a member new to a revisit starts from their answers in the last round they submitted.</summary>
    public async Task<AnswerSheet> SheetAsync(CircleView circle, Round round, Guid membershipId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var response = await db.RoundResponses.AsNoTracking()
            .FirstOrDefaultAsync(x => x.RoundId == round.Id && x.MembershipId == membershipId);
        return response is null ? await SeedAsync(circle, round, membershipId) : Open(circle.Key, response);
    }

    /// <summary>After someone leaves: open rounds stop waiting for them and may be revealed.</summary>
    public async Task SettleAsync(Guid circleId)
    {
        // The circle's members changed in this request: nothing remembered about its rounds still holds.
        _states.Clear();
        _revealed.Clear();
        var open = await db.Rounds.Where(r => r.CircleId == circleId && !r.Revealed).ToListAsync();
        foreach (var round in open)
        {
            // Leaving a demo deletes it, so a circle someone has left is never one.
            await StateAsync(round, members: null, isDemo: false);
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

    /// <summary>
    /// Everything a revealed round holds for those who took part and are still here: their answers and
    /// their guesses about each other, in seat order. Throws if the round is not revealed. Read and
    /// opened once per request.
    /// </summary>
    public async Task<RevealedRound> RevealedAsync(CircleView circle, Round round)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(round);
        if (_revealed.TryGetValue(round.Id, out var known))
        {
            return known;
        }

        if (!round.Revealed && (await StateAsync(circle, round)).Phase != RoundPhase.Revealed)
        {
            throw new InvalidOperationException("A round is opened to the circle only after it is revealed.");
        }

        // After the reveal, the round belongs to those who took part and are still here; in seat order,
        // so pairs and columns read the same way on every page and for everyone.
        var members = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var responses = await db.RoundResponses.AsNoTracking()
            .Where(x => x.RoundId == round.Id && x.Submitted)
            .OrderBy(x => x.Membership.Seat)
            .ToListAsync();
        var sheets = responses
            .Where(x => members.Contains(x.MembershipId))
            .Select(x => (x.MembershipId, Sheet: Open(circle.Key, x)))
            .ToList();
        var revealed = new RevealedRound(
            round,
            await CatalogueAsync(circle, round),
            sheets.ToDictionary(x => x.MembershipId, x => (IReadOnlyDictionary<string, Stance>)x.Sheet.Answers),
            sheets.ToDictionary(x => x.MembershipId, x => x.Sheet.GuessesView()),
            sheets.ToDictionary(x => x.MembershipId, x => (IReadOnlyDictionary<string, int>)x.Sheet.Styles));
        _revealed[round.Id] = revealed;
        return revealed;
    }

    /// <summary>What changed since the latest revealed round before this one, among those who took part in both; null if there is none.</summary>
    public async Task<(Round Previous, RoundChanges Changes)?> ChangesAsync(CircleView circle, Round round)
    {
        var previous = await PreviousRevealedAsync(round);
        if (previous is null)
        {
            return null;
        }

        var now = await RevealedAsync(circle, round);
        var before = await RevealedAsync(circle, previous);
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

    /// <param name="isDemo">Whether the circle is a demo, when the caller knows (its open view says); else asked at a reveal.</param>
    private async Task<RoundState> StateAsync(Round round, IReadOnlyList<Guid>? members, bool? isDemo)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (_states.TryGetValue(round.Id, out var known))
        {
            return known;
        }

        members ??= await db.Memberships.Where(m => m.CircleId == round.CircleId).Select(m => m.Id).ToListAsync();
        var submitted = await db.RoundResponses.Where(x => x.RoundId == round.Id && x.Submitted).Select(x => x.MembershipId).ToListAsync();
        RoundState state;
        if (round.Revealed)
        {
            // After the reveal, the round belongs to those who took part and are still here.
            var participants = submitted.Where(members.Contains).ToList();
            state = RoundState.Restore(participants, participants, revealed: true);
        }
        else
        {
            // A round everyone still here has submitted (someone left, or two submissions raced) is revealed now.
            (state, var change) = RoundState.Settle(members, submitted, revealed: false);
            await ApplyAsync(round, change, isDemo);
        }

        _states[round.Id] = state;
        return state;
    }

    private async Task ApplyAsync(Round round, RoundChange change, bool? isDemo)
    {
        if (!change.Revealed)
        {
            return;
        }

        if (await db.Rounds.Where(r => r.Id == round.Id && !r.Revealed).ExecuteUpdateAsync(s => s.SetProperty(r => r.Revealed, true)) == 1
            && !(isDemo ?? await Demo.DemoDeletion.IsDemoAsync(db, round.CircleId)))
        {
            Infrastructure.Metrics.RoundsRevealed.Add(1);
        }

        round.Revealed = true;
    }

    /// <summary>Forgets the round's state read in this request, so the next look reads what is stored now (a write raced).</summary>
    internal void Forget(Round round) => _states.Remove(round.Id);

    /// <summary>A fresh draft: in a revisit, the member's answers from the last round they submitted, to edit.</summary>
    internal async Task<AnswerSheet> SeedAsync(CircleView circle, Round round, Guid membershipId)
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
        return earlier is null
            ? new AnswerSheet()
            : AnswerSheet.CarriedFrom(Open(circle.Key, earlier.Response), earlier.Number, await CatalogueAsync(circle, round), content.Styles);
    }

    internal AnswerSheet Open(SealingKey key, RoundResponse response) =>
        sealer.Open(RoundDocuments.Answers, key, response.Id, response.SealedAnswers);
}

/// <summary>A revealed round as its participants may see it: the catalogue it asked, everyone's answers, guesses and ways of connecting.</summary>
public sealed record RevealedRound(
    Round Round,
    BehaviourCatalogue Catalogue,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, Stance>> Answers,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, Stance>>> Guesses,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>> Styles);
