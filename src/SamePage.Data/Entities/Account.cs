using Microsoft.AspNetCore.Identity;

namespace SamePage.Data.Entities;

/// <summary>A person's sign-in: a username and a passphrase. No email, no phone, no real name.</summary>
public sealed class Account : IdentityUser<Guid>
{
    /// <summary>The recovery code, hashed like a password. The code itself is shown once and never stored.</summary>
    public string? RecoveryCodeHash { get; set; }

    /// <summary>Discreet mode: a neutral tab title and icon on every page, for someone whose screen may be seen.</summary>
    public bool DiscreetMode { get; set; }

    /// <summary>
    /// The time zone the person reads times in (an IANA id such as <c>Europe/Berlin</c>), chosen in
    /// settings or taken from their browser; null until known, and times then show in UTC.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// The language the person reads SamePage in ("en", "es" or "de"), chosen with the picker; null
    /// until chosen, and pages then follow the browser's Accept-Language, else English.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The Argon2id salt for the passphrase key. Null until the account has user-held keys.</summary>
    public byte[]? KeySalt { get; set; }

    /// <summary>The Argon2id cost the passphrase key was derived with, e.g. <c>argon2id;m=19456;t=2;p=1</c>.</summary>
    public string? KeyCost { get; set; }

    /// <summary>The person's own key, wrapped under the key derived from their passphrase.</summary>
    public byte[]? PassphraseWrappedKey { get; set; }

    /// <summary>The same key, wrapped under the key derived from their recovery code.</summary>
    public byte[]? RecoveryWrappedKey { get; set; }

    /// <summary>The person's X25519 public key, so a circle's new key can be sent to them while they are away.</summary>
    public byte[]? PublicKey { get; set; }

    /// <summary>The matching private key, wrapped under the person's own key.</summary>
    public byte[]? WrappedPrivateKey { get; set; }

    /// <summary>
    /// A demo's made-up partner, created by the server: no passphrase, no recovery code, no key, locked
    /// for good, so nobody can ever sign in as it. It lives and goes with its demo circle.
    /// </summary>
    public bool IsSamplePartner { get; set; }
}
