using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Circles;

namespace SamePage.Web.Accounts;

/// <summary>
/// "Delete my account now": at once and for good. The person leaves every circle
/// through the same door as anyone leaving (<see cref="CircleAccess.LeaveAsync"/>: their answers,
/// journals, check-in answers, self-checks and the concerns they raised go with them, open rounds and
/// proposals stop waiting for them, a circle they were alone in ends), so the others see only that a
/// member left. Beyond leaving, their replies to other people's concerns are deleted too, since the
/// account is going for good; signed agreement versions stay the joint records they are. Last, the
/// account itself goes, with its claims, logins and tokens, so the username is free again and leads
/// to nothing of the old data.
/// </summary>
public sealed class AccountDeletion(SamePageDb db, CircleAccess circles, UserManager<Account> users, SessionCache sessions)
{
    /// <summary>Deletes everything of the account; false if there was no such account.</summary>
    public async Task<bool> DeleteAsync(Guid accountId)
    {
        if (await users.FindByIdAsync(accountId.ToString()) is null)
        {
            return false;
        }

        // One connection for the whole deletion, so that SQLite's secure delete covers every statement.
        await db.Database.OpenConnectionAsync();
        try
        {
            await ScrubFreedSpaceAsync();
            await DeleteEverythingAsync(accountId);
            await ForgetOldPagesAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return true;
    }

    private async Task DeleteEverythingAsync(Guid accountId)
    {
        foreach (var (circleId, membershipId) in await circles.MembershipsAsync(accountId))
        {
            // One transaction per circle: the replies go with the membership, or neither goes.
            await db.RetryAsync(() => db.AtomicAsync(async () =>
            {
                // Leaving would keep these, unnamed, with the conversations they answered.
                await db.ConcernResponses.Where(r => r.MembershipId == membershipId).ExecuteDeleteAsync();
                await circles.LeaveAsync(circleId, membershipId);
            }));
        }

        // The database cascades these from the account too; deleting them here doesn't rely on it.
        await db.PushSubscriptions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync();
        await db.AccountSessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(); // signed out everywhere at once
        sessions.ForgetAccount(accountId); // and refused on this node's next request (other nodes: within SessionCache.Lifetime)
        await db.UserClaims.Where(c => c.UserId == accountId).ExecuteDeleteAsync();
        await db.UserLogins.Where(l => l.UserId == accountId).ExecuteDeleteAsync();
        await db.UserTokens.Where(t => t.UserId == accountId).ExecuteDeleteAsync();
        db.ChangeTracker.Clear(); // leaving may have cleared or moved on the tracked rows; read the account afresh
        var account = await users.FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            return; // deleted meanwhile, from another tab
        }

        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"The account could not be deleted: {string.Join(", ", deleted.Errors.Select(e => e.Code))}.");
        }
    }

    /// <summary>
    /// SQLite keeps deleted rows' bytes in free pages until they are reused; with secure delete it
    /// overwrites them with zeros, so the username (the one plain-text thing) doesn't linger in the file.
    /// </summary>
    private async Task ScrubFreedSpaceAsync()
    {
        if (db is SqliteSamePageDb)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;");
        }
    }

    /// <summary>The write-ahead log still holds the pages as they were before; fold it into the file and empty it.</summary>
    private async Task ForgetOldPagesAsync()
    {
        if (db is SqliteSamePageDb)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
    }
}
