using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Tests.Common;
using SamePage.Web.Push;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Push;

/// <summary>
/// Issue 12, "Knowing when the others are done": optional browser notifications, sent to a local
/// stand-in for the browser's push service. What reaches it is signed with the server's VAPID key and
/// opens, with the browser's own keys, to the same few words every time: no name, no circle, no word.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes them through IAsyncLifetime.DisposeAsync.")]
public sealed class NotificationTests : IAsyncLifetime
{
    private const string Page = "/account/notifications";
    private const string ContentFree = """{"title":"Notes","body":"Something new","url":"/circles"}""";

    private PushServiceDouble _service = null!;
    private readonly CapturedLogs _logs = new();
    private readonly List<BrowserPushKeys> _browsers = [];
    private AppFactory? _started;

    /// <summary>The app of this test, told to allow the push-service double.</summary>
    private AppFactory App => _started ??= new AppFactory(Provider, new Dictionary<string, string?> { ["SamePage:Push:Services:0"] = _service.Origin }) { Logs = _logs };

    private DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public async Task InitializeAsync() => _service = await PushServiceDouble.StartAsync();

    public async Task DisposeAsync()
    {
        if (_started is not null)
        {
            await _started.DisposeAsync();
        }

        await _service.DisposeAsync();
        _browsers.ForEach(k => k.Dispose());
    }

    [Theory, Providers]
    public async Task A_partner_submitting_sends_the_other_member_one_signed_content_free_note_and_the_actor_gets_none(DatabaseProvider provider)
    {
        Provider = provider;
        using var circle = await CircleSetup.CreateAsync(App, "Quintessa Harrow", "Bartholomew Ferncastle");
        using var aKeys = new BrowserPushKeys();
        using var bKeys = new BrowserPushKeys();
        var serverKey = await SubscribeAsync(circle[0], "a", aKeys);
        await SubscribeAsync(circle[1], "b", bKeys);

        await circle[0].AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await circle[0].SubmitAsync(circle.Circle, 1);
        var toPartner = Assert.Single(await _service.WaitForAsync("b"));

        // The library names the audience by scheme and host only, which is the origin for real push services (port 443).
        Assert.Equal(serverKey, BrowserPushKeys.VerifyVapid(toPartner.Header("Authorization"), $"http://{new Uri(_service.Origin).Host}"));
        Assert.Equal("aes128gcm", toPartner.Header("Content-Encoding"));
        Assert.NotNull(toPartner.Header("TTL"));
        Assert.Equal(ContentFree, bKeys.Decrypt(toPartner.Body));
        Assert.Throws<System.Security.Cryptography.AuthenticationTagMismatchException>(() => aKeys.Decrypt(toPartner.Body));

        // The partner's own submission (the reveal) reaches the first member; by then the first notice is long done.
        await circle[1].AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await circle[1].SubmitAsync(circle.Circle, 1);
        var toFirst = Assert.Single(await _service.WaitForAsync("a"));
        Assert.Equal(ContentFree, aKeys.Decrypt(toFirst.Body));
        Assert.Single(_service.For("b"));
    }

    [Fact]
    public async Task Sharing_a_concern_checking_in_proposing_and_signing_each_tell_the_others()
    {
        using var circle = await CircleSetup.CreateAsync(App, "Quintessa Harrow", "Bartholomew Ferncastle");
        using var keys = new BrowserPushKeys();
        await SubscribeAsync(circle[1], "b", keys);

        await circle[0].RaiseConcernAsync(circle.Circle, "Noticed something", [2]);
        Assert.Single(await _service.WaitForAsync("b"));

        var checkIn = await circle[0].StartCheckInAsync(circle.Circle);
        await circle[0].CheckInAsync(circle.Circle, checkIn, CheckInIntents.Scores(4));
        Assert.Equal(2, (await _service.WaitForAsync("b", 2)).Count);

        await circle[0].AddClauseAsync(circle.Circle, "We say when we need a quiet evening.");
        await circle[0].ProposeAsync(circle.Circle);
        Assert.Equal(3, (await _service.WaitForAsync("b", 3)).Count);

        await circle[0].SignAsync(circle.Circle, 1);
        Assert.Equal(4, (await _service.WaitForAsync("b", 4)).Count);
        Assert.All(_service.For("b"), d => Assert.Equal(ContentFree, keys.Decrypt(d.Body)));
    }

    [Theory, Providers]
    public async Task A_push_service_answering_410_has_the_subscription_removed(DatabaseProvider provider)
    {
        Provider = provider;
        using var circle = await CircleSetup.CreateAsync(App, "Quintessa Harrow", "Bartholomew Ferncastle");
        using var keys = new BrowserPushKeys();
        await SubscribeAsync(circle[1], "gone", keys);
        _service.Answer("gone", (int)HttpStatusCode.Gone);

        await circle[0].AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await circle[0].SubmitAsync(circle.Circle, 1);
        Assert.Single(await _service.WaitForAsync("gone"));

        await WaitUntilAsync(async () => await SubscriptionsAsync(circle[1]) == 0);
        Assert.Equal(0, await SubscriptionsAsync(circle[1]));
    }

    [Fact]
    public async Task Nothing_breaks_when_no_push_service_is_reachable_and_the_log_names_no_address()
    {
        using var circle = await CircleSetup.CreateAsync(App, "Quintessa Harrow", "Bartholomew Ferncastle");
        using var keys = new BrowserPushKeys();
        await SubscribeAsync(circle[1], "away", keys);
        await _service.DisposeAsync(); // the push service is now unreachable

        await circle[0].AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        var submitted = await circle[0].SubmitAsync(circle.Circle, 1);

        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        await WaitUntilAsync(() => Task.FromResult(_logs.Lines.Any(l => l.Category == typeof(PushSender).FullName)));
        var pushLines = _logs.Lines.Where(l => l.Category == typeof(PushSender).FullName).ToList();
        Assert.NotEmpty(pushLines);
        Assert.All(_logs.Lines, l => Assert.DoesNotContain("/push/away", l.Text, StringComparison.Ordinal));
        Assert.All(_logs.Lines, l => Assert.DoesNotContain(keys.Auth, l.Text, StringComparison.Ordinal));
        Assert.Equal(1, await SubscriptionsAsync(circle[1])); // a service that is away is not a subscription that is gone
    }

    [Fact]
    public async Task Signing_out_removes_this_browsers_subscription_and_only_it()
    {
        using var person = await App.SignUpAsync();
        await SubscribeAsync(person, "laptop");
        using var phone = App.NewPerson();
        await phone.SignInAsync(person.Username, person.Passphrase);
        await SubscribeAsync(phone, "phone");
        Assert.Equal(2, await SubscriptionsAsync(person));

        await phone.SignOutAsync();

        Assert.Equal(1, await SubscriptionsAsync(person));
        var page = await person.GetAsync(Page);
        Assert.Contains("On in this browser", page.Find("#push-state")!.TextContent, StringComparison.Ordinal);

        var everywhere = await person.PostFormAsync($"{Page}?handler=OffEverywhere");
        Assert.Equal("/account/notifications?changed=everywhere", everywhere.Location);
        Assert.Equal(0, await SubscriptionsAsync(person));
    }

    [Fact]
    public async Task Turning_discreet_mode_on_removes_every_subscription_and_nothing_can_be_turned_on_while_it_is_on()
    {
        using var person = await App.SignUpAsync();
        var keys = await SubscribeAsync(person, "laptop");

        await person.PostFormAsync("/account?handler=Discreet", ("on", "true"));
        Assert.Equal(0, await SubscriptionsAsync(person));

        var refused = await person.PostFormAsync($"{Page}?handler=Subscribe", ("endpoint", _service.Endpoint("laptop")), ("p256dh", keys.P256dh), ("auth", keys.Auth));
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(0, await SubscriptionsAsync(person));
        var page = await person.GetAsync(Page);
        Assert.Null(page.Find("#push-on"));
        Assert.Contains("discreet mode is on", page.Find("#push-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_account_removes_its_subscriptions()
    {
        using var person = await App.SignUpAsync();
        await SubscribeAsync(person, "laptop");
        var accountId = await AccountIdAsync(person);

        Assert.Equal("/goodbye", (await person.PostFormAsync("/account/delete", ("passphrase", person.Passphrase))).Location);

        using var scope = App.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SamePageDb>().PushSubscriptions.AnyAsync(s => s.AccountId == accountId));
    }

    [Fact]
    public async Task The_address_and_keys_are_stored_protected_and_a_made_up_subscription_is_refused()
    {
        using var person = await App.SignUpAsync();
        using var keys = new BrowserPushKeys();

        foreach (var (endpoint, p256dh, auth) in new[]
        {
            ("https://intranet.example/admin", keys.P256dh, keys.Auth),  // not a push service
            (_service.Endpoint("x"), "not-a-key", keys.Auth),
            (_service.Endpoint("x"), keys.P256dh, ""),
            ("", keys.P256dh, keys.Auth),
        })
        {
            var refused = await person.PostFormAsync($"{Page}?handler=Subscribe", ("endpoint", endpoint), ("p256dh", p256dh), ("auth", auth));
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        }

        Assert.Equal(0, await SubscriptionsAsync(person));
        await SubscribeAsync(person, "laptop", keys);
        using var scope = App.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<SamePageDb>().PushSubscriptions.AsNoTracking().SingleAsync();
        Assert.DoesNotContain("laptop", row.ProtectedEndpoint, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", row.ProtectedEndpoint, StringComparison.Ordinal);
        Assert.DoesNotContain(keys.Auth, row.ProtectedKeys, StringComparison.Ordinal);
        Assert.DoesNotContain(keys.P256dh, row.ProtectedKeys, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>Does what the page's module does after the browser subscribed; returns the VAPID key the page offered.</summary>
    private async Task<string> SubscribeAsync(Person person, string name, BrowserPushKeys keys)
    {
        var page = await person.GetAsync(Page);
        var key = page.Find("form[data-push-subscribe]")!.GetAttribute("data-key")!;
        var stored = await person.PostFormAsync($"{Page}?handler=Subscribe", ("endpoint", _service.Endpoint(name)), ("p256dh", keys.P256dh), ("auth", keys.Auth));
        Assert.Equal(HttpStatusCode.NoContent, stored.Status);
        return key;
    }

    /// <summary>Subscribes with a new browser's keys, kept until the test ends.</summary>
    private async Task<BrowserPushKeys> SubscribeAsync(Person person, string name)
    {
        var keys = new BrowserPushKeys();
        _browsers.Add(keys);
        await SubscribeAsync(person, name, keys);
        return keys;
    }

    private async Task<Guid> AccountIdAsync(Person person)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamePageDb>().Users.Where(u => u.UserName == person.Username).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> SubscriptionsAsync(Person person)
    {
        var accountId = await AccountIdAsync(person);
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamePageDb>().PushSubscriptions.CountAsync(s => s.AccountId == accountId);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; waited < 200 && !await condition(); waited++)
        {
            await Task.Delay(100);
        }
    }
}
