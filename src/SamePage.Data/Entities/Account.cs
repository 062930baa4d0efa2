using Microsoft.AspNetCore.Identity;

namespace SamePage.Data.Entities;

/// <summary>A person's sign-in: a username and a passphrase. No email, no phone, no real name.</summary>
public sealed class Account : IdentityUser<Guid>
{
    /// <summary>The recovery code, hashed like a password. The code itself is shown once and never stored.</summary>
    public string? RecoveryCodeHash { get; set; }

    /// <summary>Discreet mode: a neutral tab title and icon on every page, for someone whose screen may be seen.</summary>
    public bool DiscreetMode { get; set; }
}
