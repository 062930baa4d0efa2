using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>What a signed-in request learns about its session and account in its one query.</summary>
public sealed record SessionFound(DateOnly CreatedOn, DateOnly LastSeenOn, bool Discreet, string? TimeZone, string? Language);

/// <summary>A session as the account page lists it: its neutral number and its days, nothing about where it is.</summary>
public sealed record SessionListed(int Number, DateOnly CreatedOn, DateOnly LastSeenOn, bool IsThisOne);

/// <summary>
/// The server's record of who is signed in where (<see cref="AccountSession"/>): made at every
/// sign-in, found on every signed-in request, removed at sign-out, on "sign out everywhere else",
/// at a new passphrase and with the account. The session's id travels only in the encrypted cookie.
/// </summary>
public sealed class SessionRecords(SamePageDb db, TimeProvider clock, SessionCache cache)
{
    public const string ClaimType = "samepage:session";

    /// <summary>Today, as sessions count days (UTC): a day is all that is kept.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Sessions made before yesterday are past their 12 hours whatever the hour they began: they
    /// are swept, and never listed or accepted.
    /// </summary>
    private DateOnly OldestLive => Today.AddDays(-1);

    /// <summary>A new session for this account; returns the claim its cookie carries.</summary>
    public async Task<Claim> BeginAsync(Guid accountId)
    {
        await db.AccountSessions.Where(s => s.CreatedOn < OldestLive).ExecuteDeleteAsync();
        var number = await db.AccountSessions.Where(s => s.AccountId == accountId).MaxAsync(s => (int?)s.Number) ?? 0;
        var session = new AccountSession { Id = Guid.NewGuid(), AccountId = accountId, Number = number + 1, CreatedOn = Today, LastSeenOn = Today };
        db.AccountSessions.Add(session);
        await db.SaveChangesAsync();
        db.Entry(session).State = EntityState.Detached;
        return new Claim(ClaimType, session.Id.ToString("N"));
    }

    /// <summary>
    /// The one query of a signed-in request: the session, if it still stands, and the account settings
    /// its cookie mirrors. None when this node checked the same session within <see cref="SessionCache.Lifetime"/>.
    /// </summary>
    public async Task<SessionFound?> FindAsync(Guid sessionId, Guid accountId)
    {
        if (cache.Find(sessionId, accountId) is { } kept && kept.CreatedOn >= OldestLive)
        {
            return kept;
        }

        var version = cache.Version;
        var found = await (from s in db.AccountSessions
                           join a in db.Users on s.AccountId equals a.Id
                           where s.Id == sessionId && s.AccountId == accountId && s.CreatedOn >= OldestLive
                           select new SessionFound(s.CreatedOn, s.LastSeenOn, a.DiscreetMode, a.TimeZone, a.Language))
            .AsNoTracking()
            .FirstOrDefaultAsync();
        if (found is not null)
        {
            cache.Keep(sessionId, accountId, found, version);
        }

        return found;
    }

    /// <summary>Moves "last seen" to today, at most once a day, so a request writes nothing on most days.</summary>
    public async Task SeenAsync(Guid sessionId, Guid accountId, SessionFound found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var today = Today;
        if (found.LastSeenOn < today)
        {
            var version = cache.Version;
            await db.AccountSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenOn, today));
            cache.Keep(sessionId, accountId, found with { LastSeenOn = today }, version);
        }
    }

    public async Task<IReadOnlyList<SessionListed>> ListAsync(ClaimsPrincipal user)
    {
        var accountId = AccountOf(user);
        var current = IdOf(user);
        var oldest = OldestLive;
        var rows = await db.AccountSessions.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.CreatedOn >= oldest)
            .Select(s => new { s.Id, s.Number, s.CreatedOn, s.LastSeenOn })
            .ToListAsync();
        return [.. rows.OrderBy(s => s.Number).Select(s => new SessionListed(s.Number, s.CreatedOn, s.LastSeenOn, s.Id == current))];
    }

    /// <summary>Ends this request's own session (signing out).</summary>
    public async Task EndThisAsync(ClaimsPrincipal user)
    {
        if (IdOf(user) is { } id && AccountOrNull(user) is { } accountId)
        {
            await db.AccountSessions.Where(s => s.Id == id && s.AccountId == accountId).ExecuteDeleteAsync();
            cache.Forget(id);
        }
    }

    /// <summary>Ends one of the person's other sessions, by the number the list shows; the current one is never ended this way.</summary>
    public async Task<int> EndNumberAsync(ClaimsPrincipal user, int number)
    {
        var accountId = AccountOf(user);
        var current = IdOf(user);
        var ended = await db.AccountSessions.Where(s => s.AccountId == accountId && s.Number == number && s.Id != current).ExecuteDeleteAsync();
        cache.ForgetAccount(accountId);
        return ended;
    }

    /// <summary>Ends every session of the account but this request's own ("sign out everywhere else", a new passphrase).</summary>
    public async Task<int> EndOthersAsync(ClaimsPrincipal user)
    {
        var accountId = AccountOf(user);
        var current = IdOf(user);
        var ended = await db.AccountSessions.Where(s => s.AccountId == accountId && s.Id != current).ExecuteDeleteAsync();
        cache.ForgetAccount(accountId);
        return ended;
    }

    /// <summary>Ends every session of the account (recovery with the code: whoever was signed in before is not any more).</summary>
    public async Task<int> EndAllAsync(Guid accountId)
    {
        var ended = await db.AccountSessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync();
        cache.ForgetAccount(accountId);
        return ended;
    }

    /// <summary>The session id a cookie carries, or null for a cookie from before server-side sessions.</summary>
    public static Guid? IdOf(ClaimsPrincipal? user) =>
        user?.FindFirstValue(ClaimType) is { } value && Guid.TryParseExact(value, "N", out var id) ? id : null;

    public static Guid? AccountOrNull(ClaimsPrincipal? user) =>
        user?.FindFirstValue(ClaimTypes.NameIdentifier) is { } value && Guid.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static Guid AccountOf(ClaimsPrincipal user) =>
        AccountOrNull(user) ?? throw new InvalidOperationException("Not signed in.");
}
