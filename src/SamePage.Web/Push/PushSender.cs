using System.Net;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;

namespace SamePage.Web.Push;

/// <summary>
/// Sends the queued notices, one at a time, in the background. For each notice one query finds the
/// subscriptions of the members to tell (none, usually); each gets the same content-free message,
/// encrypted for that browser (aes128gcm) and signed with the server's VAPID key. A push service that
/// says the subscription is gone (404, 410) has it removed. Failures are logged by status only: never
/// an address, a key or a word.
/// </summary>
public sealed partial class PushSender(
    PushOutbox queue,
    IServiceScopeFactory scopes,
    VapidKeys vapid,
    PushSettings settings,
    IHttpClientFactory http,
    IDataProtectionProvider protection,
    ILogger<PushSender> logger) : BackgroundService
{
    public const string HttpClientName = "push";

    /// <summary>How long a push service keeps a message for a browser that is offline.</summary>
    private const int TimeToLiveSeconds = 24 * 60 * 60;

    /// <summary>Undelivered messages with the same topic replace each other: someone offline gets one, not ten.</summary>
    private const string Topic = "something-new";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(notice, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // one notice failing (the database away, say) must not stop the ones after it
            catch (Exception e)
#pragma warning restore CA1031
            {
                NoticeFailed(logger, e.GetType().Name);
            }
        }
    }

    private async Task SendAsync(PushNotice notice, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var members = db.Memberships.Where(m => m.CircleId == notice.CircleId && m.Id != notice.ActingMembershipId);
        if (notice.OnlyMembershipIds is { } only)
        {
            members = members.Where(m => only.Contains(m.Id));
        }

        var targets = await db.PushSubscriptions.AsNoTracking()
            .Where(s => members.Any(m => m.AccountId == s.AccountId) && db.Users.Any(u => u.Id == s.AccountId && !u.DiscreetMode))
            .ToListAsync(cancellationToken);
        if (targets.Count == 0)
        {
            return;
        }

        var keys = await vapid.GetAsync(cancellationToken);
        using var authentication = new VapidAuthentication(keys.PublicKey, keys.PrivateKey);
        if (settings.Subject is { } subject)
        {
            authentication.Subject = subject;
        }

        var words = scope.ServiceProvider.GetRequiredService<PushWords>();
        var payload = JsonSerializer.Serialize(new { title = words.Title, body = words.Body, url = "/circles" }, Json);
        var client = new PushServiceClient(http.CreateClient(HttpClientName));
        var protector = PushDesk.Protector(protection);
        foreach (var target in targets)
        {
            var subscription = new PushSubscription { Endpoint = protector.Unprotect(target.ProtectedEndpoint) };
            var parts = protector.Unprotect(target.ProtectedKeys).Split(' ');
            subscription.SetKey(PushEncryptionKeyName.P256DH, parts[0]);
            subscription.SetKey(PushEncryptionKeyName.Auth, parts[1]);
            var message = new PushMessage(payload) { Topic = Topic, TimeToLive = TimeToLiveSeconds, Urgency = PushMessageUrgency.Normal };
            try
            {
                await client.RequestPushMessageDeliveryAsync(subscription, message, authentication, VapidAuthenticationScheme.Vapid, cancellationToken);
            }
            catch (PushServiceClientException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                // The browser unsubscribed, or the person cleared its data: the subscription is gone for good.
                await db.PushSubscriptions.Where(s => s.Id == target.Id).ExecuteDeleteAsync(cancellationToken);
            }
            catch (PushServiceClientException e)
            {
                DeliveryRefused(logger, (int)e.StatusCode);
            }
            catch (HttpRequestException e)
            {
                DeliveryFailed(logger, e.HttpRequestError.ToString());
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                DeliveryFailed(logger, "Timeout");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A push service refused a notification with status {Status}.")]
    private static partial void DeliveryRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A notification could not reach its push service ({Error}).")]
    private static partial void DeliveryFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifications for one event could not be sent ({Error}).")]
    private static partial void NoticeFailed(ILogger logger, string error);
}
