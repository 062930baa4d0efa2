using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Push;

/// <summary>Whether notifications are on in this browser, and in how many of the person's browsers, and since when here.</summary>
public sealed record PushStatus(bool HereOn, int Browsers, DateOnly? HereSince);

/// <summary>
/// Turning notifications on and off. Each browser's subscription is one row, its address and keys
/// protected with Data Protection; the browser remembers which row is its own in the <c>samepage-push</c>
/// cookie (a random row id, nothing else), so signing out there removes exactly that one.
/// </summary>
public sealed class PushDesk(SamePageDb db, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "samepage-push";

    /// <summary>Push services rotate subscriptions long before this; the cookie outlives any session.</summary>
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(400);

    public static IDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("SamePage.Push.Subscription.v1");

    public async Task<PushStatus> StatusAsync(Guid accountId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = await db.PushSubscriptions.AsNoTracking().Where(s => s.AccountId == accountId).Select(s => new { s.Id, s.CreatedOn }).ToListAsync();
        var here = ThisBrowser(context) is { } id ? rows.FirstOrDefault(r => r.Id == id) : null;
        return new PushStatus(here is not null, rows.Count, here?.CreatedOn);
    }

    /// <summary>Stores the browser's subscription for the account, in place of whatever this browser had before.</summary>
    public async Task SubscribeAsync(Guid accountId, BrowserSubscription subscription, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(context);
        if (ThisBrowser(context) is { } previous)
        {
            // One browser has one push subscription; whoever subscribed here before, it is this one now.
            await db.PushSubscriptions.Where(s => s.Id == previous).ExecuteDeleteAsync();
        }

        var protector = Protector(protection);
        var row = new PushSubscription
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            ProtectedEndpoint = protector.Protect(subscription.Endpoint.AbsoluteUri),
            ProtectedKeys = protector.Protect($"{subscription.P256dh} {subscription.Auth}"),
            CreatedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        db.PushSubscriptions.Add(row);
        await db.SaveChangesAsync();
        context.Response.Cookies.Append(CookieName, row.Id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            MaxAge = CookieLifetime,
            Path = "/",
        });
    }

    /// <summary>Turns notifications off in this browser (for the signed-in account), e.g. when signing out here.</summary>
    public async Task ForgetThisBrowserAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ThisBrowser(context) is not { } id)
        {
            return;
        }

        var forgotten = AccountOf(context.User) is { } accountId
            && await db.PushSubscriptions.Where(s => s.Id == id && s.AccountId == accountId).ExecuteDeleteAsync() > 0;
        if (forgotten || !await db.PushSubscriptions.AnyAsync(s => s.Id == id))
        {
            // Kept when the row is someone else's who turned notifications on here: their sign-out still finds it.
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
        }
    }

    /// <summary>Turns notifications off in every browser of the account (discreet mode, "turn off everywhere", deletion).</summary>
    public Task ForgetAllAsync(Guid accountId) =>
        db.PushSubscriptions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync();

    private static Guid? ThisBrowser(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var value) && Guid.TryParseExact(value, "N", out var id) ? id : null;

    private static Guid? AccountOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
