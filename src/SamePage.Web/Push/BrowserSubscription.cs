using Microsoft.AspNetCore.WebUtilities;

namespace SamePage.Web.Push;

/// <summary>
/// What a browser's <c>pushManager.subscribe</c> gave: the push service's address for it, its P-256
/// public key and its authentication secret. Checked before anything is stored.
/// </summary>
public sealed record BrowserSubscription(Uri Endpoint, string P256dh, string Auth)
{
    private const int MaxEndpointLength = 2000;

    /// <summary>The subscription if the three parts are well formed and the address is at an allowed push service; otherwise null.</summary>
    public static BrowserSubscription? Read(string? endpoint, string? p256dh, string? auth, PushSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (endpoint is not { Length: > 0 and <= MaxEndpointLength }
            || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.UserInfo)
            || !settings.Allows(uri))
        {
            return null;
        }

        // An uncompressed P-256 point (65 bytes, 0x04 first) and a 16-byte secret (RFC 8291).
        var key = Decode(p256dh);
        var secret = Decode(auth);
        return key is { Length: 65 } && key[0] == 0x04 && secret is { Length: 16 }
            ? new BrowserSubscription(uri, p256dh!, auth!)
            : null;
    }

    private static byte[]? Decode(string? value)
    {
        if (value is not { Length: > 0 and <= 200 })
        {
            return null;
        }

        try
        {
            return WebEncoders.Base64UrlDecode(value.TrimEnd('='));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
