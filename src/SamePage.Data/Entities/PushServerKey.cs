namespace SamePage.Data.Entities;

/// <summary>
/// The server's VAPID key pair (P-256), made once and shared by every web node. The private key is
/// stored only protected with the Data Protection key ring; it is never logged.
/// </summary>
public sealed class PushServerKey
{
    /// <summary>Always <see cref="TheOne"/>: there is one key pair, and a second insert fails.</summary>
    public int Id { get; set; }

    public const int TheOne = 1;

    /// <summary>The uncompressed public key point, base64url: what browsers subscribe with.</summary>
    public required string PublicKey { get; set; }

    /// <summary>The private scalar, base64url, protected with Data Protection.</summary>
    public required string ProtectedPrivateKey { get; set; }
}
