using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.Pages.Accounts;

/// <summary>
/// Optional browser notifications (off by default): explained first, then turned on with the
/// person's own press of a button (the browser asks its permission then, never before), or off.
/// </summary>
[Authorize]
public sealed class NotificationsModel(PushDesk push, PushSettings settings, VapidKeys vapid, UserManager<Account> users) : MemberPageModel
{
    public PushStatus Status { get; private set; } = new(false, 0, null);

    public bool Discreet { get; private set; }

    /// <summary>The server's VAPID public key, which the browser subscribes with.</summary>
    public string PublicKey { get; private set; } = string.Empty;

    /// <summary>What just changed: "on", "off" or "everywhere" (the state line says the first two).</summary>
    public string? Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? changed = null)
    {
        Discreet = SessionClaims.IsDiscreet(User);
        Changed = changed is "on" or "off" or "everywhere" ? changed : null;
        if (!Discreet)
        {
            Status = await push.StatusAsync(AccountId, HttpContext);
            PublicKey = (await vapid.GetAsync(HttpContext.RequestAborted)).PublicKey;
        }

        return Page();
    }

    /// <summary>The module posts the browser's subscription here; 204 when stored.</summary>
    public async Task<IActionResult> OnPostSubscribeAsync(string? endpoint, string? p256dh, string? auth)
    {
        if (BrowserSubscription.Read(endpoint, p256dh, auth, settings) is not { } subscription)
        {
            return BadRequest();
        }

        var account = await users.FindByIdAsync(AccountId.ToString());
        if (account is null || account.DiscreetMode)
        {
            return StatusCode(StatusCodes.Status409Conflict); // nothing is turned on in discreet mode
        }

        await push.SubscribeAsync(account.Id, subscription, HttpContext);
        return new NoContentResult();
    }

    public async Task<IActionResult> OnPostOffAsync()
    {
        await push.ForgetThisBrowserAsync(HttpContext);
        return Redirect("/account/notifications?changed=off");
    }

    public async Task<IActionResult> OnPostOffEverywhereAsync()
    {
        await push.ForgetAllAsync(AccountId);
        return Redirect("/account/notifications?changed=everywhere");
    }
}
