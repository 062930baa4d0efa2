using Microsoft.AspNetCore.Http;
using SamePage.Core.Rounds;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Stances;
using SamePage.Web.Agreements;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Operations.Seeding;

/// <summary>What a seeded circle holds for the runner: its first member and where their pages are.</summary>
public sealed record SeededSample(SeededPerson Member, Guid CircleId, int RevealedRound, int OpenRound, string Category, string Behaviour)
{
    /// <summary>The Cookie header value of the member's sign-in, once made (<see cref="SeedCookies"/>).</summary>
    public string Cookie { get; init; } = "";
}

/// <summary>
/// One circle of the benchmark, made through the app's own desks acting as each member in turn (the
/// keys and sealing are the real ones): 2 to 8 members who join by invite, one to three revealed
/// rounds and an open one with drafts, most often an agreement with versions and signatures, some
/// check-ins, and sometimes someone who joined and left. The shape follows the random generator
/// only, so the same seed makes the same shapes.
/// </summary>
public sealed class SeededCircle(HttpContext context, CircleAccess circles, CircleInvites invites, RoundDesk rounds, DraftDesk drafts, AgreementDraftDesk drafting, AgreementSigningDesk signing, AgreementVersionDesk versionDesk, CheckInDesk checkIns)
{
    private static readonly string[] ClauseTexts =
    [
        "We tell each other before meeting an ex for coffee.",
        "Flirting online is a conversation first.",
        "We say when something a friend did made us uneasy.",
        "Late messages with colleagues are fine; we mention them if asked.",
        "Dancing with others at parties is fine.",
        "We check in before sharing photos of each other.",
    ];

    /// <summary>The first member makes the circle and invites each of the others, who join; returns the circle's id.</summary>
    public async Task<Guid> MakeAsync(IReadOnlyList<SeededPerson> members, int number)
    {
        ArgumentNullException.ThrowIfNull(members);
        Be(members[0]);
        var id = await circles.CreateAsync(members[0].Id, $"Circle {number}", "Member 1");
        for (var i = 1; i < members.Count; i++)
        {
            Be(members[0]);
            var view = await circles.OpenAsync(id, members[0].Id) ?? throw new InvalidOperationException("The circle's maker cannot open it.");
            var code = await invites.CreateAsync(view) ?? throw new InvalidOperationException("No invite could be made.");
            Be(members[i]);
            var joined = await circles.JoinAsync(code, members[i].Id, $"Member {i + 1}");
            if (joined.Outcome != JoinOutcome.Joined)
            {
                throw new InvalidOperationException($"Joining failed: {joined.Outcome}.");
            }
        }

        return id;
    }

    /// <summary>Rounds, agreement versions and check-ins; every member's work as that member.</summary>
    public async Task<SeededSample> FillAsync(Guid circleId, IReadOnlyList<SeededPerson> members, Random random)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(random);
        var views = new List<CircleView>();
        foreach (var member in members)
        {
            Be(member);
            views.Add(await circles.OpenAsync(circleId, member.Id) ?? throw new InvalidOperationException("A member cannot open their circle."));
        }

        var revealed = random.Next(1, 4);
        for (var n = 1; n <= revealed; n++)
        {
            var round = await rounds.StartNextAsync(circleId);
            for (var i = 0; i < members.Count; i++)
            {
                await AnswerAsync(members[i], views[i], round, random, submit: true, share: 1.0);
            }

            // Read again, as the next page view would: that is where the reveal is written down.
            await rounds.StateAsync(await rounds.FindAsync(circleId, round.Number) ?? round);
        }

        var open = await rounds.StartNextAsync(circleId);
        for (var i = 0; i < members.Count; i++)
        {
            // The first member keeps a draft (the runner's autosave); others are anywhere along.
            await AnswerAsync(members[i], views[i], open, random, submit: i > 0 && random.Next(2) == 0, share: i == 0 ? 0.5 : random.NextDouble());
        }

        if (random.Next(10) < 7)
        {
            await AgreeAsync(members, views, random);
        }

        for (var c = random.Next(0, 3); c > 0; c--)
        {
            await CheckInAsync(members, views, random);
        }

        Be(members[0]);
        var catalogue = await rounds.CatalogueAsync(views[0], open);
        var behaviour = catalogue.Behaviours[random.Next(catalogue.Behaviours.Count)];
        return new SeededSample(members[0], circleId, 1, open.Number, behaviour.CategoryId, behaviour.Id);
    }

    /// <summary>Someone joins and then leaves, as people do: the circle's key moves on and the others are sent the new one.</summary>
    public async Task JoinAndLeaveAsync(Guid circleId, SeededPerson maker, SeededPerson leaver)
    {
        ArgumentNullException.ThrowIfNull(maker);
        ArgumentNullException.ThrowIfNull(leaver);
        Be(maker);
        var view = await circles.OpenAsync(circleId, maker.Id) ?? throw new InvalidOperationException("The circle's maker cannot open it.");
        var code = await invites.CreateAsync(view) ?? throw new InvalidOperationException("No invite could be made.");
        Be(leaver);
        var joined = await circles.JoinAsync(code, leaver.Id, "Someone who left");
        var mine = joined.Outcome == JoinOutcome.Joined ? await circles.OpenAsync(circleId, leaver.Id) : null;
        if (mine is null)
        {
            throw new InvalidOperationException($"Joining to leave failed: {joined.Outcome}.");
        }

        await circles.LeaveAsync(mine);
    }

    private async Task AnswerAsync(SeededPerson member, CircleView view, Data.Entities.Round round, Random random, bool submit, double share)
    {
        Be(member);
        var catalogue = await rounds.CatalogueAsync(view, round);
        var answers = catalogue.Behaviours
            .Where(_ => submit || random.NextDouble() < share)
            .ToDictionary(b => b.Id, _ => (Stance)random.Next(0, 7));
        if (answers.Count == 0)
        {
            return;
        }

        await drafts.SaveAsync(view, round, view.Me.MembershipId, DraftChanges.OnlyAnswers(answers));
        if (submit)
        {
            // As the next request would, from the round as it is stored now (the save let go of the one it was given).
            await drafts.SubmitAsync(view, await rounds.FindAsync(round.CircleId, round.Number) ?? round, view.Me.MembershipId);
        }
    }

    private async Task AgreeAsync(IReadOnlyList<SeededPerson> members, List<CircleView> views, Random random)
    {
        for (var c = random.Next(1, 6); c > 0; c--)
        {
            var author = random.Next(members.Count);
            Be(members[author]);
            var text = ClauseTexts[random.Next(ClauseTexts.Length)];
            await drafting.AddAsync(views[author], new ClauseInput(text, (Expectation)random.Next(0, 4), null, null, [], ""));
        }

        var versions = random.Next(1, 3);
        for (var v = 1; v <= versions; v++)
        {
            Be(members[0]);
            if (v > 1)
            {
                await drafting.AddAsync(views[0], new ClauseInput(ClauseTexts[random.Next(ClauseTexts.Length)], Expectation.TellMe, null, null, [], "Added later."));
            }

            var draft = await drafting.DraftAsync(views[0]);
            var (outcome, number) = await signing.ProposeAsync(views[0], draft.Revision);
            if (outcome != ProposeOutcome.Proposed || number is not { } proposed)
            {
                return;
            }

            // The latest version is sometimes still waiting for signatures.
            var signers = v == versions && random.Next(2) == 0 ? random.Next(1, members.Count) : members.Count;
            for (var i = 0; i < signers; i++)
            {
                Be(members[i]);
                var version = await versionDesk.VersionAsync(views[i], proposed);
                await signing.SignAsync(views[i], proposed, version!.Document.Hash);
            }
        }
    }

    private async Task CheckInAsync(IReadOnlyList<SeededPerson> members, List<CircleView> views, Random random)
    {
        Be(members[0]);
        var (_, checkIn) = await checkIns.StartAsync(views[0]);
        if (checkIn is null)
        {
            return;
        }

        for (var i = 0; i < members.Count; i++)
        {
            Be(members[i]);
            var scores = CheckInItems.All.ToDictionary(item => item, _ => random.Next(CheckInItems.MinScore, CheckInItems.MaxScore + 1));
            var edit = new CheckInEdit(scores, new Dictionary<Guid, ClauseFeeling>(), "Thank you for this week.", "", []);
            await checkIns.SaveAsync(views[i], checkIn, edit);
            await checkIns.SubmitAsync(views[i], checkIn);
        }
    }

    private void Be(SeededPerson person) => context.User = person.Principal;
}
