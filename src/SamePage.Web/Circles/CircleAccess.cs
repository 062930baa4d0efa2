using Microsoft.EntityFrameworkCore;
using SamePage.Core.Accounts;
using SamePage.Core.Circles;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.Rounds;

namespace SamePage.Web.Circles;

public sealed record MemberView(Guid MembershipId, Guid AccountId, int Seat, string DisplayName, bool IsYou)
{
    /// <summary>A demo's made-up partner (see <see cref="Demo.DemoDesk"/>).</summary>
    public bool IsSample { get; init; }
}

/// <summary>
/// A circle as one of its members sees it, opened: only members ever get one, and it carries the
/// circle's key that opening it unwrapped (from the member's own key, which comes with their
/// request), so everything the member does in it seals and opens with <see cref="Key"/> without
/// unwrapping it again.
/// </summary>
public sealed record CircleView(Guid Id, string Name, MemberView Me, IReadOnlyList<MemberView> Members, SealingKey Key)
{
    public bool IsFull => CircleRules.IsFull(Members.Count);

    public MemberView? Member(Guid membershipId) => Members.FirstOrDefault(m => m.MembershipId == membershipId);

    /// <summary>A demo circle with a sample partner: never invited into, exported or counted.</summary>
    public bool IsDemo { get; init; }
}

public enum JoinOutcome
{
    Joined,
    AlreadyMember,
    Malformed,
    Unknown,
    Used,
    Expired,
    Full,
    NameProblem,
}

public sealed record JoinResult(JoinOutcome Outcome, Guid? CircleId = null, DisplayNameProblem NameProblem = DisplayNameProblem.None);

/// <summary>Creating, opening, joining and leaving circles. Everything is checked against membership.</summary>
public sealed class CircleAccess(SamePageDb db, ISealer sealer, KeyRing keys, RoundDesk rounds, AgreementDraftDesk agreements, CircleInvites invites, CircleKeyRotation rotation, Demo.DemoDeletion demos, TimeProvider clock)
{
    /// <summary>
    /// The circle if the account is a member of it; otherwise null, which pages turn into 404 (also
    /// while the member holds only an older key of it, <see cref="CircleKeyBehindException"/>: their
    /// list of circles says it is waiting for its key).
    /// </summary>
    public async Task<CircleView?> OpenAsync(Guid circleId, Guid accountId)
    {
        var circle = await db.Circles.AsNoTracking()
            .Include(c => c.Members)
            .FirstOrDefaultAsync(c => c.Id == circleId && c.Members.Any(m => m.AccountId == accountId));
        return circle is null ? null : await ViewAsync(circle, accountId);
    }

    public async Task<IReadOnlyList<CircleView>> ListAsync(Guid accountId)
    {
        // `Id IN (the account's memberships)`: an index look-up, where `Members.Any(...)` scanned every circle.
        var mine = db.Memberships.Where(m => m.AccountId == accountId).Select(m => m.CircleId);
        var circles = await db.Circles.AsNoTracking()
            .Include(c => c.Members)
            .Where(c => mine.Contains(c.Id))
            .ToListAsync();
        var views = new List<CircleView>(circles.Count);
        foreach (var circle in circles)
        {
            if (await ViewAsync(circle, accountId) is { } view)
            {
                views.Add(view);
            }
        }

        return [.. views.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>How many of the account's circles have moved on to a key it has not been sent yet (see <see cref="CircleKeyBehindException"/>).</summary>
    public Task<int> WaitingForKeysAsync(Guid accountId) =>
        db.Memberships.CountAsync(m => m.AccountId == accountId && m.KeyEpoch < m.Circle.KeyEpoch);

    /// <summary>Where the account is a member, whether or not it holds the circle's current key (for deleting the account).</summary>
    public async Task<IReadOnlyList<(Guid CircleId, Guid MembershipId)>> MembershipsAsync(Guid accountId) =>
        [.. (await db.Memberships.AsNoTracking().Where(m => m.AccountId == accountId).Select(m => new { m.CircleId, m.Id }).ToListAsync()).Select(m => (m.CircleId, m.Id))];

    /// <param name="demo">A demo circle (<see cref="Demo.DemoDesk"/>): at most one per account, so a second one at once fails to save.</param>
    public async Task<Guid> CreateAsync(Guid accountId, string name, string displayName, bool demo = false)
    {
        var circle = new Circle { Id = Guid.NewGuid(), SealedName = [], DemoOwnerId = demo ? accountId : null };
        var key = SealingKey.Circle(circle.Id, Envelope.NewKey());
        circle.SealedName = sealer.Seal(key, SealedField.CircleName, circle.Id, CircleRules.NormalizeName(name));
        var membership = new Membership { Id = Guid.NewGuid(), AccountId = accountId, Seat = 1, SealedDisplayName = [] };
        membership.SealedDisplayName = sealer.Seal(key, SealedField.DisplayName, membership.Id, CircleRules.NormalizeName(displayName));
        membership.WrappedCircleKey = KeyRing.WrapCircleKey(keys.Personal, circle.Id, key.Export());
        circle.Members.Add(membership);
        circle.Rounds.Add(new Round { Id = Guid.NewGuid(), Number = 1 });
        db.Circles.Add(circle);
        await db.SaveChangesAsync();
        keys.Remember(key);
        return circle.Id;
    }

    /// <summary>What an invite code leads to, without using it up.</summary>
    public async Task<(JoinOutcome Outcome, Invite? Invite)> CheckInviteAsync(string? typedCode, Guid accountId)
    {
        var code = SecretCode.Normalize(typedCode, CircleRules.InviteCodeGroups);
        if (code is null)
        {
            return (JoinOutcome.Malformed, null);
        }

        var hash = SecretCode.Hash(code);
        var invite = await db.Invites.AsNoTracking().FirstOrDefaultAsync(i => i.CodeHash == hash);
        if (invite is null)
        {
            return (JoinOutcome.Unknown, null);
        }

        if (await db.Memberships.AnyAsync(m => m.CircleId == invite.CircleId && m.AccountId == accountId))
        {
            return (JoinOutcome.AlreadyMember, invite);
        }

        if (invite.Redeemed)
        {
            return (JoinOutcome.Used, invite);
        }

        // Invites made before user-held keys carry no key; they count as expired.
        if (invite.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime || invite.WrappedCircleKey is null)
        {
            return (JoinOutcome.Expired, invite);
        }

        var count = await db.Memberships.CountAsync(m => m.CircleId == invite.CircleId);
        return CircleRules.IsFull(count) ? (JoinOutcome.Full, invite) : (JoinOutcome.Joined, invite);
    }

    public Task<JoinResult> JoinAsync(string? typedCode, Guid accountId, string? displayName)
    {
        Guid? circleId = null;
        return db.RetryAsync(
            async () =>
            {
                var (outcome, invite) = await CheckInviteAsync(typedCode, accountId);
                circleId = invite?.CircleId;
                if (outcome != JoinOutcome.Joined || invite is null)
                {
                    return new JoinResult(outcome, invite?.CircleId);
                }

                var inviteKey = CircleInvites.OpenKey(invite, typedCode!);
                if (inviteKey is null)
                {
                    return new JoinResult(JoinOutcome.Unknown);
                }

                var circleKey = await keys.WithHistoryAsync(invite.CircleId, invite.KeyEpoch, inviteKey);

                var members = await db.Memberships.AsNoTracking().Where(m => m.CircleId == invite.CircleId).ToListAsync();
                var names = members.Select(m => sealer.Unseal(circleKey, SealedField.DisplayName, m.Id, m.SealedDisplayName));
                var nameProblem = CircleRules.CheckDisplayName(displayName, names);
                if (nameProblem != DisplayNameProblem.None)
                {
                    return new JoinResult(JoinOutcome.NameProblem, invite.CircleId, nameProblem);
                }

                var seat = Enumerable.Range(1, CircleRules.MaxMembers).First(s => members.All(m => m.Seat != s));
                return await TakeSeatAsync(invite, accountId, seat, displayName!, circleKey);
            },
            // Someone else kept taking the free seat at the same moment.
            exhausted: () => Task.FromResult(new JoinResult(JoinOutcome.Full, circleId)));
    }

    /// <summary>
    /// Claims the invite and the seat in one transaction. When the seat went to someone else meanwhile
    /// the conflict is thrown on, with the invite released, so the join is tried again.
    /// </summary>
    private async Task<JoinResult> TakeSeatAsync(Invite invite, Guid accountId, int seat, string displayName, SealingKey circleKey)
    {
        try
        {
            var joined = await db.AtomicAsync(async () =>
            {
                // Single use, even under a race: only one request can flip Redeemed from false to true.
                // A used invite keeps no key: the code in someone's history opens nothing any more.
                var claimed = await db.Invites
                    .Where(i => i.Id == invite.Id && !i.Redeemed)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.Redeemed, true).SetProperty(i => i.WrappedCircleKey, (byte[]?)null));
                if (claimed != 1)
                {
                    return false;
                }

                var membership = new Membership { Id = Guid.NewGuid(), CircleId = invite.CircleId, AccountId = accountId, Seat = seat, SealedDisplayName = [], KeyEpoch = circleKey.Epoch };
                membership.SealedDisplayName = sealer.Seal(circleKey, SealedField.DisplayName, membership.Id, CircleRules.NormalizeName(displayName));
                membership.WrappedCircleKey = KeyRing.WrapCircleKey(keys.Personal, invite.CircleId, circleKey.Export(), circleKey.Epoch);
                db.Memberships.Add(membership);
                await db.SaveChangesAsync();
                return true;
            });
            if (!joined)
            {
                return new JoinResult(JoinOutcome.Used, invite.CircleId);
            }
        }
        catch (DbUpdateException)
        {
            // The seat went to someone else, or this account joined in another tab (the transaction is
            // rolled back, the invite released).
            db.ChangeTracker.Clear();
            if (await db.Memberships.AnyAsync(m => m.CircleId == invite.CircleId && m.AccountId == accountId))
            {
                return new JoinResult(JoinOutcome.AlreadyMember, invite.CircleId);
            }

            throw;
        }

        keys.Remember(circleKey);
        // The circle changed: every other invite still open stops working (after the commit, so
        // two people joining at once never wait on each other's locks).
        await invites.VoidAllAsync(invite.CircleId);
        return new JoinResult(JoinOutcome.Joined, invite.CircleId);
    }

    /// <summary>
    /// Leaves at once, with nobody's approval. The member's answers leave with them; an open round
    /// they had not finished no longer waits for them. The last member leaving removes the circle.
    /// Every open invite stops working, and the circle's key moves on to an epoch the leaver never holds.
    /// </summary>
    public Task LeaveAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        return LeaveAsync(circle.Id, circle.Me.MembershipId, circle.Key);
    }

    /// <summary>As <see cref="LeaveAsync(CircleView)"/>, for a membership whose circle the account may not hold the current key of.</summary>
    public async Task LeaveAsync(Guid circleId, Guid membershipId)
    {
        SealingKey? key;
        try
        {
            key = await keys.CircleAsync(circleId);
        }
        catch (CircleKeyBehindException)
        {
            key = null; // they hold only an older key: there is nothing newer of theirs to rewrite, nor a key to move on
        }

        await LeaveAsync(circleId, membershipId, key);
    }

    /// <summary>Every step of leaving in one transaction, so a failure never leaves a draft edited while its member is still there.</summary>
    private Task LeaveAsync(Guid circleId, Guid membershipId, SealingKey? key) =>
        db.RetryAsync(() => db.AtomicAsync(async () =>
        {
            if (await demos.DeleteAsync(circleId))
            {
                return; // leaving a demo (or deleting the account) deletes it, with its sample partner
            }

            await invites.VoidAllAsync(circleId);
            await db.Memberships.Where(m => m.Id == membershipId).ExecuteDeleteAsync();
            if (!await db.Memberships.AnyAsync(m => m.CircleId == circleId))
            {
                await db.Circles.Where(c => c.Id == circleId).ExecuteDeleteAsync();
                return;
            }

            if (key is not null)
            {
                var current = await rotation.MoveOnAsync(circleId, key);
                await agreements.MemberLeavingAsync(circleId, membershipId, current);
            }

            await rounds.SettleAsync(circleId);
        }));

    private static Membership Mine(Circle circle, Guid accountId) => circle.Members.Single(m => m.AccountId == accountId);

    /// <summary>The member's view, with their key; null while they hold only an older key. Sends the current key to members behind.</summary>
    private async Task<CircleView?> ViewAsync(Circle circle, Guid accountId)
    {
        SealingKey key;
        try
        {
            key = await keys.CircleAsync(Mine(circle, accountId), circle.KeyEpoch);
        }
        catch (CircleKeyBehindException)
        {
            return null;
        }

        var behind = circle.Members.Where(m => m.KeyEpoch < key.Epoch).Select(m => m.Id).ToList();
        if (behind.Count > 0)
        {
            await rotation.CatchUpAsync(circle.Id, key, behind);
        }

        return View(circle, accountId, key);
    }

    private CircleView View(Circle circle, Guid accountId, SealingKey key)
    {
        var members = circle.Members
            .OrderBy(m => m.Seat)
            .Select(m => new MemberView(m.Id, m.AccountId, m.Seat, sealer.Unseal(key, SealedField.DisplayName, m.Id, m.SealedDisplayName), m.AccountId == accountId)
            {
                IsSample = circle.DemoOwnerId is { } owner && m.AccountId != owner,
            })
            .ToList();
        return new CircleView(circle.Id, sealer.Unseal(key, SealedField.CircleName, circle.Id, circle.SealedName), members.Single(m => m.IsYou), members, key)
        {
            IsDemo = circle.DemoOwnerId is not null,
        };
    }
}
