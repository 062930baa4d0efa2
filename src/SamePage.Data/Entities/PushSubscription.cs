namespace SamePage.Data.Entities;

/// <summary>
/// One browser where a person turned notifications on. The push service's address and the browser's
/// encryption keys identify that browser, so both are stored only protected with the server's Data
/// Protection key ring: notifications are sent when someone else acts, while the person may not be
/// signed in, so their own key is not at hand (docs/SECURITY.md, "Notifications").
/// </summary>
public sealed class PushSubscription
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>The push service's address for this browser, protected with Data Protection.</summary>
    public required string ProtectedEndpoint { get; set; }

    /// <summary>The browser's P-256 public key and authentication secret (<c>p256dh</c>, <c>auth</c>), protected with Data Protection.</summary>
    public required string ProtectedKeys { get; set; }

    /// <summary>The day notifications were turned on here: the notifications page says since when.</summary>
    public DateOnly CreatedOn { get; set; }
}
