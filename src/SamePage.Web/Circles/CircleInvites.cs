using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Accounts;
using SamePage.Core.Circles;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;

namespace SamePage.Web.Circles;

/// <summary>An invite still waiting to be used, as members see it: who made it and until when it works. Never its code.</summary>
public sealed record OpenInvite(Guid Id, string? MadeBy, bool MadeByYou, DateTime ExpiresAtUtc);

/// <summary>
/// The circle's invites: made by any member (at most <see cref="CircleRules.MaxOpenInvites"/> open
/// at once), listed to its members, withdrawn by any of them, and all voided whenever someone joins
/// or leaves, so an invite kept by someone who has since left leads nowhere. Joining is
/// <see cref="CircleAccess.JoinAsync"/>.
/// </summary>
public sealed class CircleInvites(SamePageDb db, TimeProvider clock)
{
    private const string InvitePurpose = "SamePage.v2 invite wrap";

    /// <summary>
    /// A new single-use invite; returns the code to show once, or null when the circle already has
    /// as many open invites as it may. Only its hash is kept, with the circle's current key wrapped
    /// under a key derived from the code, so only the code's holder can join.
    /// </summary>
    public async Task<string?> CreateAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        if (circle.IsDemo)
        {
            throw new InvalidOperationException("Nobody is invited into a demo circle.");
        }

        if (await CountOpenAsync(circle.Id) >= CircleRules.MaxOpenInvites)
        {
            return null;
        }

        var code = SecretCode.Normalize(SecretCode.Create(CircleRules.InviteCodeGroups), CircleRules.InviteCodeGroups)!;
        var circleKey = circle.Key;
        db.Invites.Add(new Invite
        {
            Id = Guid.NewGuid(),
            CircleId = circle.Id,
            CodeHash = SecretCode.Hash(code),
            ExpiresAtUtc = clock.GetUtcNow().UtcDateTime + CircleRules.DefaultInviteLifetime,
            CreatedByMembershipId = circle.Me.MembershipId,
            KeyEpoch = circleKey.Epoch,
            WrappedCircleKey = Envelope.Seal(InviteKey(code, circle.Id), circleKey.Export(), InviteContext(circle.Id, circleKey.Epoch)),
        });
        await db.SaveChangesAsync();
        return SecretCode.Format(code);
    }

    public async Task<IReadOnlyList<OpenInvite>> ListAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invites.AsNoTracking()
            .Where(i => i.CircleId == circle.Id && !i.Redeemed && i.ExpiresAtUtc > now && i.WrappedCircleKey != null)
            .Select(i => new { i.Id, i.CreatedByMembershipId, i.ExpiresAtUtc })
            .ToListAsync();
        return [.. rows
            .OrderBy(i => i.ExpiresAtUtc)
            .Select(i => new OpenInvite(i.Id, i.CreatedByMembershipId is { } by ? circle.Member(by)?.DisplayName : null, i.CreatedByMembershipId == circle.Me.MembershipId, i.ExpiresAtUtc))];
    }

    /// <summary>Withdraws one open invite of this circle; false when there was none (used, withdrawn already, or another circle's).</summary>
    public async Task<bool> RevokeAsync(CircleView circle, Guid inviteId)
    {
        ArgumentNullException.ThrowIfNull(circle);
        return await db.Invites.Where(i => i.Id == inviteId && i.CircleId == circle.Id && !i.Redeemed).ExecuteDeleteAsync() == 1;
    }

    /// <summary>Every invite of the circle not yet used stops working (someone joined or left).</summary>
    public Task VoidAllAsync(Guid circleId) =>
        db.Invites.Where(i => i.CircleId == circleId && !i.Redeemed).ExecuteDeleteAsync();

    /// <summary>The circle's key of the invite's epoch, with the code that only the invited person has; null if it does not open.</summary>
    public static byte[]? OpenKey(Invite invite, string typedCode)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var code = SecretCode.Normalize(typedCode, CircleRules.InviteCodeGroups);
        if (code is null || invite.WrappedCircleKey is null)
        {
            return null;
        }

        try
        {
            return Envelope.Open(InviteKey(code, invite.CircleId), invite.WrappedCircleKey, InviteContext(invite.CircleId, invite.KeyEpoch));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>How many invites of the circle could still be used now.</summary>
    private Task<int> CountOpenAsync(Guid circleId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Invites.CountAsync(i => i.CircleId == circleId && !i.Redeemed && i.ExpiresAtUtc > now);
    }

    private static byte[] InviteKey(string canonicalCode, Guid circleId) =>
        KeyDerivation.FromCode(canonicalCode, circleId.ToByteArray(), InvitePurpose);

    /// <summary>Epoch 0 keeps the context invites had before epochs.</summary>
    private static byte[] InviteContext(Guid circleId, int epoch) =>
        Encoding.UTF8.GetBytes(epoch == 0
            ? string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|invite|{circleId:N}")
            : string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|invite|{circleId:N}|epoch:{epoch}"));
}
