using Microsoft.Extensions.Configuration;
using SamePage.Web.Push;

namespace SamePage.Web.Tests.Push;

/// <summary>The server posts only to the push services on its list: a made-up subscription cannot send it anywhere else.</summary>
public sealed class PushSettingsTests
{
    private static readonly PushSettings Settings = PushSettings.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["SamePage:Push:Services:0"] = "http://127.0.0.1:8123" })
        .Build());

    [Theory]
    [InlineData("https://fcm.googleapis.com/fcm/send/abc")]
    [InlineData("https://updates.push.services.mozilla.com/wpush/v2/abc")]
    [InlineData("https://web.push.apple.com/abc")]
    [InlineData("https://db5p.notify.windows.com/w/?token=abc")]
    [InlineData("http://127.0.0.1:8123/push/abc")]
    public void The_major_browsers_push_services_and_configured_ones_are_allowed(string endpoint) =>
        Assert.True(Settings.Allows(new Uri(endpoint)));

    [Theory]
    [InlineData("https://fcm.googleapis.com.attacker.example/abc")] // a look-alike host
    [InlineData("https://attacker.example/fcm.googleapis.com")]
    [InlineData("http://fcm.googleapis.com/fcm/send/abc")]        // not over https
    [InlineData("https://fcm.googleapis.com:8443/abc")]            // another port
    [InlineData("https://notify.windows.com/abc")]                 // the wildcard needs a subdomain
    [InlineData("http://127.0.0.1:8124/push/abc")]                 // the configured service's neighbour
    [InlineData("http://localhost:8123/push/abc")]
    public void Any_other_address_is_refused(string endpoint) =>
        Assert.False(Settings.Allows(new Uri(endpoint)));

    [Fact]
    public void A_subscription_needs_a_p_256_point_and_a_16_byte_secret()
    {
        using var keys = new SamePage.Tests.Common.BrowserPushKeys();
        const string Endpoint = "http://127.0.0.1:8123/push/abc";

        Assert.NotNull(BrowserSubscription.Read(Endpoint, keys.P256dh, keys.Auth, Settings));
        Assert.Null(BrowserSubscription.Read(Endpoint, keys.Auth, keys.Auth, Settings));
        Assert.Null(BrowserSubscription.Read(Endpoint, keys.P256dh, keys.P256dh, Settings));
        Assert.Null(BrowserSubscription.Read(Endpoint, "%%%", keys.Auth, Settings));
        Assert.Null(BrowserSubscription.Read("http://user:pw@127.0.0.1:8123/push/abc", keys.P256dh, keys.Auth, Settings));
        Assert.Null(BrowserSubscription.Read(Endpoint + new string('a', 2000), keys.P256dh, keys.Auth, Settings));
    }
}
