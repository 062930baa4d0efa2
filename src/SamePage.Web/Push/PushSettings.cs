namespace SamePage.Web.Push;

/// <summary>
/// Operator settings for notifications (`SamePage:Push:…`). Only push services whose origin is listed
/// here are ever sent to, so a made-up subscription cannot make the server post to any other address.
/// </summary>
/// <param name="Services">Allowed push-service origins (`https://fcm.googleapis.com`, or `https://*.notify.windows.com` for any subdomain).</param>
/// <param name="Subject">The VAPID contact (`mailto:` or `https:`) the push services may use to reach the operator; none by default.</param>
/// <param name="QueueLength">How many notices may wait to be sent; beyond that, new ones are dropped.</param>
public sealed record PushSettings(IReadOnlyList<string> Services, string? Subject, int QueueLength)
{
    /// <summary>The push services of the major browsers: Chrome and other Chromium browsers, Firefox, Safari, Edge.</summary>
    public static readonly IReadOnlyList<string> KnownServices =
    [
        "https://fcm.googleapis.com",
        "https://updates.push.services.mozilla.com",
        "https://web.push.apple.com",
        "https://*.push.apple.com",
        "https://*.notify.windows.com",
    ];

    public const int DefaultQueueLength = 1000;

    /// <summary>The known services plus any the operator adds under `SamePage:Push:Services`.</summary>
    public static PushSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("SamePage:Push");
        var extra = section.GetSection("Services").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
        var length = int.TryParse(section["QueueLength"], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultQueueLength;
        var subject = section["Subject"] is { Length: > 0 } s ? s : null;
        return new([.. KnownServices, .. extra], subject, length);
    }

    /// <summary>Whether a subscription's endpoint is at one of the allowed push services.</summary>
    public bool Allows(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        foreach (var service in Services)
        {
            var wildcard = service.Contains("://*.", StringComparison.Ordinal);
            if (!Uri.TryCreate(service.Replace("://*.", "://", StringComparison.Ordinal), UriKind.Absolute, out var allowed))
            {
                continue;
            }

            var sameHost = wildcard
                ? endpoint.Host.EndsWith("." + allowed.Host, StringComparison.OrdinalIgnoreCase)
                : string.Equals(endpoint.Host, allowed.Host, StringComparison.OrdinalIgnoreCase);
            if (sameHost && endpoint.Scheme == allowed.Scheme && endpoint.Port == allowed.Port)
            {
                return true;
            }
        }

        return false;
    }
}
