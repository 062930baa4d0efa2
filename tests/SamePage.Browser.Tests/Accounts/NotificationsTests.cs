using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Data;
using SamePage.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accounts;

/// <summary>
/// Issue 12: optional notifications, explained before they are turned on, asked for only when the
/// person presses the button. Headless Chromium reaches no push service, so the browser's
/// <c>pushManager.subscribe</c> is stood in for by one that answers with a subscription at the
/// local push-service double, with real P-256 keys.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class NotificationsTests(BrowserFixture app)
{
    [Fact]
    public async Task Someone_reads_what_notifications_are_turns_them_on_with_the_button_and_off_again()
    {
        using var keys = new BrowserPushKeys();
        var endpoint = app.Server.PushService.Endpoint($"browser-{Guid.NewGuid():N}");
        await using var sam = await Person.OpenAsync(app);
        await sam.Page.Context.GrantPermissionsAsync(["notifications"], new() { Origin = app.BaseAddress.GetLeftPart(UriPartial.Authority) });
        await sam.Page.Context.AddInitScriptAsync(StandIn(endpoint, keys));
        await sam.SignUpAsync("sam");

        await sam.GoToAsync("/account");
        await sam.FollowAsync(sam.Link("Set up notifications"));
        Assert.Equal("/account/notifications", sam.Path);

        // The explanation comes first, on screen; nothing has asked for permission yet.
        var explanation = sam.Page.Locator("#push-explain");
        var turnOn = sam.Button("Turn on notifications");
        await Expect(explanation).ToBeVisibleAsync();
        await Expect(explanation).ToContainTextAsync("push service sees only that a note was sent");
        await Expect(explanation).ToContainTextAsync("discreet mode");
        await Expect(turnOn).ToBeVisibleAsync();
        Assert.True(await sam.Page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('#push-explain').compareDocumentPosition(document.querySelector('#push-on')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        await Expect(sam.Page.Locator("[data-push-nojs]")).ToBeHiddenAsync();
        Assert.Equal(0, await sam.Page.EvaluateAsync<int>("() => Number(sessionStorage.getItem('permissionAsks') ?? 0)"));
        Assert.Equal(0, await SubscriptionsAsync(sam.Username));

        await sam.FollowAsync(turnOn);

        Assert.Equal(1, await sam.Page.EvaluateAsync<int>("() => Number(sessionStorage.getItem('permissionAsks') ?? 0)"));
        Assert.True(await sam.Page.EvaluateAsync<bool>("() => { const w = JSON.parse(sessionStorage.getItem('subscribedWith')); return w.userVisibleOnly && w.keyLength === 65; }"));
        await Expect(sam.Page.Locator("#push-state")).ToContainTextAsync("On in this browser since");
        Assert.Equal([endpoint], await EndpointsAsync(sam.Username));

        await sam.FollowAsync(sam.Button("Turn off"));

        await Expect(sam.Page.Locator("#push-state")).ToContainTextAsync("Off in this browser.");
        Assert.Equal(0, await SubscriptionsAsync(sam.Username));
        await Expect(sam.Button("Turn on notifications")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_javascript_the_page_says_notifications_need_it_and_offers_no_button()
    {
        await using var kim = await Person.OpenAsync(app, javaScript: false, BrowserFixture.Phone, ColorScheme.Dark);
        await kim.SignUpAsync("kim");

        await kim.GoToAsync("/account/notifications");

        await Expect(kim.Page.Locator("[data-push-nojs]")).ToContainTextAsync("Notifications need JavaScript");
        await Expect(kim.Button("Turn on notifications")).ToBeHiddenAsync();
        await Expect(kim.Page.Locator("#push-explain")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_service_worker_only_shows_notes_and_caches_nothing()
    {
        await using var lee = await Person.OpenAsync(app);
        var response = await lee.Page.APIRequest.GetAsync(new Uri(app.BaseAddress, "/sw.js").ToString());
        Assert.Equal(200, response.Status);
        Assert.Contains("javascript", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        var script = await response.TextAsync();
        Assert.Contains("'push'", script, StringComparison.Ordinal);
        Assert.Contains("'notificationclick'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("'fetch'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("caches", script, StringComparison.Ordinal);
    }

    /// <summary>
    /// Counts permission requests, and answers <c>pushManager.subscribe</c> as a browser would after
    /// its push service handed out a subscription: at the double, with the test's keys.
    /// </summary>
    private static string StandIn(string endpoint, BrowserPushKeys keys)
    {
        var subscription = JsonSerializer.Serialize(new { endpoint, expirationTime = (object?)null, keys = new { p256dh = keys.P256dh, auth = keys.Auth } });
        return $$"""
            (() => {
              if (!('Notification' in window) || !('PushManager' in window)) { return; }
              // Kept in session storage, which survives the page's own navigations.
              const ask = Notification.requestPermission.bind(Notification);
              Notification.requestPermission = (...args) => {
                sessionStorage.setItem('permissionAsks', String(Number(sessionStorage.getItem('permissionAsks') ?? 0) + 1));
                return ask(...args);
              };
              const json = {{subscription}};
              let current = null;
              const made = () => ({ endpoint: json.endpoint, toJSON: () => json, unsubscribe: async () => { current = null; return true; } });
              PushManager.prototype.subscribe = async function (options) {
                sessionStorage.setItem('subscribedWith', JSON.stringify({ userVisibleOnly: options.userVisibleOnly, keyLength: new Uint8Array(options.applicationServerKey).byteLength }));
                current = made();
                return current;
              };
              PushManager.prototype.getSubscription = async function () { return current; };
            })();
            """;
    }

    private async Task<int> SubscriptionsAsync(string username) => (await EndpointsAsync(username)).Count;

    private async Task<IReadOnlyList<string>> EndpointsAsync(string username)
    {
        using var scope = app.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var protector = SamePage.Web.Push.PushDesk.Protector(scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>());
        var id = await db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync();
        var rows = await db.PushSubscriptions.AsNoTracking().Where(s => s.AccountId == id).Select(s => s.ProtectedEndpoint).ToListAsync();
        return [.. rows.Select(r => protector.Unprotect(r))];
    }
}
