using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Circles;

namespace SamePage.Web.Accounts;

/// <summary>
/// "Delete my account now" (DESIGN "Privacy"): at once and for good. The person leaves every circle
/// through the same door as anyone leaving (<see cref="CircleAccess.LeaveAsync"/>: their answers,
/// journals, check-in answers, self-checks and the concerns they raised go with them, open rounds and
/// proposals stop waiting for them, a circle they were alone in ends), so the others see only that a
/// member left. Beyond leaving, their replies to other people's concerns are deleted too, since the
/// account is going for good; signed agreement versions stay the joint records they are. Last, the
/// account itself goes, with its claims, logins and tokens, so the username is free again and leads
/// to nothing of the old data.
/// </summary>
public sealed class AccountDeletion(SamePageDb db, CircleAccess circles, UserManager<Account> users)
{
    /// <summary>Deletes everything of the account; false if there was no such account.</summary>
    public async Task<bool> DeleteAsync(Guid accountId)
    {
        if (await users.FindByIdAsync(accountId.ToString()) is null)
        {
            return false;
        }

        foreach (var circle in await circles.ListAsync(accountId))
        {
            // Leaving would keep these, unnamed, with the conversations they answered.
            await db.ConcernResponses.Where(r => r.MembershipId == circle.Me.MembershipId).ExecuteDeleteAsync();
            await circles.LeaveAsync(circle);
        }

        // The database cascades these from the account too; deleting them here doesn't rely on it.
        await db.UserClaims.Where(c => c.UserId == accountId).ExecuteDeleteAsync();
        await db.UserLogins.Where(l => l.UserId == accountId).ExecuteDeleteAsync();
        await db.UserTokens.Where(t => t.UserId == accountId).ExecuteDeleteAsync();
        db.ChangeTracker.Clear(); // leaving may have cleared or moved on the tracked rows; read the account afresh
        var account = await users.FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            return true; // deleted meanwhile, from another tab
        }

        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"The account could not be deleted: {string.Join(", ", deleted.Errors.Select(e => e.Code))}.");
        }

        return true;
    }
}
